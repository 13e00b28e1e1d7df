using System.Text;
using FiveStar.Criteria;
using FiveStar.Tests.Support;

namespace FiveStar.Tests.Criteria;

public sealed class CriteriaReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fivestar-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_UnknownMember_NamesMemberWithPathAndLine()
    {
        var json = Documents.OneCriterion("income > 0").Replace("\"expression\"", "\"expresion\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("test.json", diagnostic.File);
        Assert.Contains("unknown member 'expresion' in a rule", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("$.categories[0].rules[0].expresion", diagnostic.JsonPath);
        Assert.Equal(Documents.Locate(json, "\"expresion\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Load_InvalidJson_ReportsLineAndColumn()
    {
        var json = Documents.OneCriterion("income > 0").Replace("\"name\": { \"zh\": \"产业\"", "\"name\": { \"zh\" \"产业\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Contains("not valid JSON", diagnostic.Message, StringComparison.Ordinal);
        var (line, _) = Documents.Locate(json, "{ \"zh\" \"产业\"");
        Assert.Equal(line, diagnostic.Line);
        Assert.NotNull(diagnostic.Column);
    }

    [Fact]
    public void Load_WrongValueType_SaysWhatIsExpected()
    {
        var json = Documents.OneCriterion("income > 0").Replace("\"value\": 200000", "\"value\": \"lots\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal("$.parameters[0].value", diagnostic.JsonPath);
        Assert.Contains("expected a number", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_FileTooLarge_NamesFileAndLimit()
    {
        var path = Path.Combine(_folder, "big.json");
        File.WriteAllText(path, Documents.OneCriterion("income > 0") + new string(' ', 2048));
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { MaxFileBytes = 1024 });

        var exception = Assert.Throws<CriteriaException>(() => factory.FromFile(path));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal(path, diagnostic.File);
        Assert.Contains("MaxFileBytes", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StreamTooLarge_StopsReadingAndNamesSource()
    {
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { MaxFileBytes = 1024 });
        using var stream = new EndlessStream();

        var exception = Assert.Throws<CriteriaException>(() => factory.FromStream(stream, "upload.json"));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("upload.json", diagnostic.File);
        Assert.Contains("larger than 1,024 bytes", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(stream.Position < 200_000, "the loader must stop reading soon after the limit");
    }

    [Fact]
    public void Load_StreamTooLargeInChinese_SaysSoInChinese()
    {
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { MaxFileBytes = 1024, Language = FiveStar.Text.Language.Chinese });
        using var stream = new EndlessStream();

        var exception = Assert.Throws<CriteriaException>(() => factory.FromStream(stream, "upload.json"));

        Assert.Contains("超过 1,024 字节", Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_StringTooLarge_ReportsLimit()
    {
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { MaxFileBytes = 1024 });

        var exception = Assert.Throws<CriteriaException>(() => factory.FromJson(Documents.OneCriterion("income > 0") + new string(' ', 2048), "inline.json"));

        Assert.Contains("MaxFileBytes", Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JsonNestedTooDeep_FailsCleanly()
    {
        var json = Documents.OneCriterion("income > 0").Replace("\"region\"", "\"region\"", StringComparison.Ordinal)
            .Replace("\"id\": \"doc\",", "\"id\": \"doc\", \"description\": " + new string('[', 5000) + new string(']', 5000) + ",", StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Contains("MaxJsonDepth", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>A stream that never ends, as a hostile upload would.</summary>
    private sealed class EndlessStream : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Issue 17, class 7: a duplicate member loaded with the last one winning, so a reviewer read another rule than the one that ran.</summary>
    [Theory]
    [InlineData("\"expression\": \"adviser\", \"expression\": \"not adviser\"", "\"expression\"", "\"expression\" is given twice")]
    [InlineData("\"expression\": \"adviser\", \"Expression\": \"not adviser\"", "\"Expression\"", "\"Expression\" is the same member as \"expression\"")]
    public void Load_DuplicateMemberInRule_IsErrorAtTheSecond(string members, string second, string message)
    {
        var json = Documents.OneCriterion("adviser").Replace("\"expression\": \"adviser\"", members, StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("$.categories[0].rules[0]." + second.Trim('"'), diagnostic.JsonPath);
        Assert.Equal(Documents.Locate(json, second, second == "\"expression\"" ? 1 : 0), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Load_CategoriesTwice_IsErrorAtTheSecond()
    {
        var json = Documents.OneCriterion("adviser").Replace("\"categories\": [", "\"categories\": [],\n  \"categories\": [", StringComparison.Ordinal);

        var exception = TestFactory.LoadError(json);

        var diagnostic = Assert.Single(exception.Diagnostics, d => d.Message.Contains("given twice", StringComparison.Ordinal));
        Assert.Equal("$.categories", diagnostic.JsonPath);
        Assert.Equal(Documents.Locate(json, "\"categories\"", 1), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Load_DuplicateMemberInRulesEngineFile_IsError()
    {
        const string workflow = """
        [{ "WorkflowName": "W", "Rules": [ { "RuleName": "R", "Expression": "input1.a > 1",
            "expression": "input1.a > 2" } ] }]
        """;

        var exception = TestFactory.LoadError(workflow, [new FiveStar.Villages.VillageColumn("a", FiveStar.Indicators.IndicatorType.Number)]);

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal(2, diagnostic.Line);
        Assert.Contains("same member as \"Expression\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateMember_IsReportedInChinese()
    {
        var json = Documents.OneCriterion("adviser").Replace("\"expression\": \"adviser\"", "\"expression\": \"adviser\", \"expression\": \"not adviser\"", StringComparison.Ordinal);
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { Language = FiveStar.Text.Language.Chinese });

        var diagnostic = Assert.Single(Assert.Throws<CriteriaException>(() => factory.FromJson(json, "test.json")).Diagnostics);

        Assert.Contains("出现了两次", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 17, class 8: the column of each member was counted from the start of its line, quadratic for a document on one line.</summary>
    [Fact]
    public void Load_MinifiedDocument_LocatesErrorsOnItsOneLine()
    {
        var json = Documents.OneCriterion("incme > 0").ReplaceLineEndings(" ");

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal(Documents.Locate(json, "\"expression\""), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    /// <summary>Issue 17, class 9: null in categories, vetoes, requires or a RulesEngine array threw NullReferenceException or was silently dropped.</summary>
    [Theory]
    [InlineData("\"categories\": [", "\"categories\": [ null,", "$.categories[0]")]
    [InlineData("\"categories\": [", "\"vetoes\": [ null ],\n  \"categories\": [", "$.vetoes[0]")]
    [InlineData("\"rules\": [", "\"requires\": [ null ], \"rules\": [", "$.categories[0].requires[0]")]
    [InlineData("\"rules\": [", "\"rules\": [ null,", "$.categories[0].rules[0]")]
    public void Load_NullInAList_IsErrorAtTheItem(string find, string replace, string path)
    {
        var json = Documents.OneCriterion("adviser").Replace(find, replace, StringComparison.Ordinal);

        var diagnostic = Assert.Single(TestFactory.LoadError(json).Diagnostics);

        Assert.Equal(path, diagnostic.JsonPath);
        Assert.Equal($"{path} is null; an item of this list must be an object or value of its kind: remove the null", diagnostic.Message);
        Assert.Equal(Documents.Locate(json, "null"), (diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Load_NullRuleInRulesEngineFile_IsErrorAtTheItem()
    {
        const string workflow = """[{ "WorkflowName": "W", "Rules": [ null, { "RuleName": "R", "Expression": "input1.a > 1" } ] }]""";

        var exception = TestFactory.LoadError(workflow, [new FiveStar.Villages.VillageColumn("a", FiveStar.Indicators.IndicatorType.Number)]);

        Assert.Equal("$[0].Rules[0]", Assert.Single(exception.Diagnostics).JsonPath);
    }
}
