using System.Globalization;
using System.Text;
using FiveStar.Criteria;
using FiveStar.Plugins;
using FiveStar.Rating;
using FiveStar.Tests.Plugins;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages.Reading;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.Tests.Resources;

/// <summary>
/// The library's own sentences outside the loader's main checks speak both languages: sandbox rejections, message
/// placeholders, results files, plug-in problems, the exception heading and the registry.
/// </summary>
public sealed class LibraryMessageLanguageTests
{
    public static TheoryData<string, string, string> CompileCases => new()
    {
        // The sandbox: the construct, then what criteria may use.
        { "DateTime.Now.Year > 2000", "DateTime.Now, which reads the clock", "DateTime.Now（读取系统时钟" },
        { "DateTime.Now.Year > 2000", "criteria may only read indicators and parameters", "评星标准只能读取指标和参数" },
        { "income.GetType() == null", "GetType(), which is reflection", "GetType()（属于反射）" },
        { "new (income as x).x > 0", "new (constructing an object)", "new（创建对象）" },
        { "System.IO.File.ReadAllText(\"/etc/passwd\") == \"\"", "a .NET type named by its namespace", "用命名空间写出的 .NET 类型" },

        // A criterion that gives a number, named in words.
        { "income + 1", "the expression gives a number, but a criterion needs true or false", "表达式的结果是数字，但标准需要 true 或 false" },

        // A threshold outside an indicator's range.
        { "income > -1", "outside its valid range 0 to unbounded", "超出了它的有效范围（0 至 不限）" },
    };

    [Theory]
    [MemberData(nameof(CompileCases))]
    public void Compile_ForbiddenOrImpossibleExpression_IsInTheLoadersLanguage(string expression, string english, string chinese)
    {
        var json = Documents.OneCriterion(expression);

        Assert.Contains(LoadMessages(json, Language.English), m => m.Contains(english, StringComparison.Ordinal));
        Assert.Contains(LoadMessages(json, Language.Chinese), m => m.Contains(chinese, StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_UnknownMessagePlaceholder_IsInTheLoadersLanguage()
    {
        var json = Documents.OneCriterion("income > 0").Replace("\"expression\"", "\"errorMessage\": \"收入 $(incme) 不够\", \"expression\"", StringComparison.Ordinal);

        Assert.Contains(LoadMessages(json, Language.English), m => m.Contains("the message placeholder $(incme) names no indicator or parameter; did you mean", StringComparison.Ordinal));
        Assert.Contains(LoadMessages(json, Language.Chinese), m => m.Contains("消息中的占位符 $(incme) 不是任何指标或参数的名称", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "The criteria could not be loaded:")]
    [InlineData("zh", "评星标准无法加载：")]
    public void CriteriaException_Heading_FollowsTheUiCulture(string culture, string heading)
    {
        var exception = TestCulture.InUiCulture(culture, () => new CriteriaException([new CriteriaDiagnostic("t.json", "$", null, null, null, "x")]));

        Assert.StartsWith(heading, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The criteria could not be loaded (2 problems):")]
    [InlineData("zh", "评星标准无法加载（2 个问题）：")]
    public void CriteriaException_SeveralProblems_CountsThemInTheUiCulture(string culture, string heading)
    {
        var diagnostic = new CriteriaDiagnostic("t.json", "$", null, null, null, "x");

        var exception = TestCulture.InUiCulture(culture, () => new CriteriaException([diagnostic, diagnostic]));

        Assert.StartsWith(heading, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[1, 2]""", "en", "not a FiveStar results document: it is not a JSON object")]
    [InlineData("""[1, 2]""", "zh", "不是 FiveStar 评定结果文件：内容不是 JSON 对象")]
    [InlineData("""{"schemaVersion":"1.0","villages":[]}""", "en", "schemaVersion or criteria is missing before the villages")]
    [InlineData("""{"schemaVersion":"1.0","villages":[]}""", "zh", "villages 之前缺少 schemaVersion 或 criteria")]
    [InlineData("""{"schemaVersion":"1.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"language":"zh","villages":[]}""", "en", "the summary is missing")]
    [InlineData("""{"schemaVersion":"1.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"language":"zh","villages":[]}""", "zh", "缺少 summary（汇总）")]
    [InlineData("""{"schemaVersion":"1.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"language":"zh","villages":[""", "en", "not a FiveStar results document: ")]
    [InlineData("""{"schemaVersion":"1.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"language":"zh","villages":[""", "zh", "不是 FiveStar 评定结果文件：")]
    [InlineData("""{"schemaVersion":"9.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"villages":[]}""", "en", "results schema version 9.0 is not supported; this library reads 1.x")]
    [InlineData("""{"schemaVersion":"9.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"villages":[]}""", "zh", "不支持评定结果的 schemaVersion 9.0；本程序只能读取 1.x")]
    public void ReadResults_BrokenDocument_IsInTheUiCulture(string json, string culture, string expected)
    {
        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<ResultsFormatException>(() => RatingJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)))));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "the village is not a valid JSON object: ")]
    [InlineData("zh", "该村的数据不是有效的 JSON 对象：")]
    public void ReadVillages_MalformedJsonRow_IsInTheUiCulture(string culture, string expected)
    {
        var rater = TestFactory.Rater(Documents.OneCriterion("income > 0"));

        var problems = TestCulture.InUiCulture(culture, () =>
        {
            // A string that is not UTF-8 passes the scan for the object's end and fails when the village is read.
            byte[] bytes = [.. "[ { \"id\": \"v"u8, 0xFF, .. "\", \"income\": 1 } ]"u8];
            using var reader = VillageReader.FromStream(new MemoryStream(bytes), rater.Schema, VillageFileFormat.Json, "v.json");
            var batch = rater.CreateBatch();
            reader.ReadBatch(batch, int.MaxValue);
            return Enumerable.Range(0, batch.Count).SelectMany(batch.GetProblems).ToList();
        });

        Assert.Contains(problems, p => p.Message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "could not open its manifest: manifest.json was not packed")]
    [InlineData("zh", "无法打开它的清单（manifest）：manifest.json was not packed")]
    public void Catalog_ManifestThrows_IsInTheUiCulture(string culture, string expected)
    {
        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<CriteriaException>(() => new CategoryCatalog([new FaultyPlugins.ManifestThrows()])));

        Assert.Contains(expected, Assert.Single(exception.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "two plug-ins claim category \"faulty_sharing\"")]
    [InlineData("zh", "两个插件都提供星“faulty_sharing”")]
    public void Catalog_TwoPluginsClaimOneCategory_IsInTheUiCulture(string culture, string expected)
    {
        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<CriteriaException>(() => new CategoryCatalog([new FaultyPlugins.Sharing(), new SharingAgain()])));

        Assert.Contains(exception.Diagnostics, d => d.Message.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "plug-in ", " threw while it registered: ")]
    [InlineData("zh", "插件 ", " 在注册时出错：")]
    public void Catalog_PluginThrowsWhileRegistering_IsInTheUiCulture(string culture, string start, string middle)
    {
        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<CriteriaException>(() => new CategoryCatalog([new FaultyPlugins.HelpersThrow()])));

        var message = Assert.Single(exception.Diagnostics).Message;
        Assert.StartsWith(start, message, StringComparison.Ordinal);
        Assert.Contains(middle, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "No registered criteria document has the id 'nope'; registered: ")]
    [InlineData("zh", "没有编号为“nope”的已登记评星标准；已登记的有：")]
    public void Registry_UnknownId_IsInTheUiCulture(string culture, string expected)
    {
        using var provider = new ServiceCollection().AddFiveStar(b => b.AddCriteriaJson(Documents.OneCriterion("income > 0"))).BuildServiceProvider();
        var registry = provider.GetRequiredService<StarRaterRegistry>();

        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<KeyNotFoundException>(() => registry.Get("nope")));

        Assert.StartsWith(expected, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "the plug-in folder does not exist", "Plug-ins could not be loaded:")]
    [InlineData("zh", "插件文件夹不存在", "插件无法加载：")]
    public void LoadPluginFolder_MissingFolder_IsInTheUiCulture(string culture, string problem, string heading)
    {
        var missing = Path.Combine(Path.GetTempPath(), "fivestar-no-such-plugins-" + Guid.NewGuid().ToString("N"));

        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<PluginLoadException>(() => PluginFolderLoader.Load(missing)));

        Assert.EndsWith(problem, Assert.Single(exception.Problems), StringComparison.Ordinal);
        Assert.StartsWith(heading, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "notes.dll: not a .NET assembly", "xunit.core.dll: no plug-in in it")]
    [InlineData("zh", "notes.dll：不是 .NET 程序集", "xunit.core.dll：其中没有插件")]
    public void LoadPluginFolder_FilesThatAreNoPlugins_AreNamedInTheUiCulture(string culture, string notAnAssembly, string noPlugin)
    {
        var folder = Directory.CreateTempSubdirectory("fivestar-plugins-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "notes.dll"), "this is not an assembly");
            File.Copy(typeof(FactAttribute).Assembly.Location, Path.Combine(folder, "xunit.core.dll"));

            var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<PluginLoadException>(() => PluginFolderLoader.Load(folder)));

            Assert.Contains(exception.Problems, p => p.EndsWith(notAnAssembly, StringComparison.Ordinal));
            Assert.Contains(exception.Problems, p => p.Contains(noPlugin, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("en", "The embedded resource 'FiveStar.Tests.manifest.json' is missing from the assembly FiveStar.Tests.")]
    [InlineData("zh", "程序集 FiveStar.Tests 中缺少嵌入资源“FiveStar.Tests.manifest.json”（插件的清单）。")]
    public void EmbeddedManifestPlugin_ResourceMissing_IsInTheUiCulture(string culture, string expected)
    {
        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<InvalidOperationException>(() => new UnpackedPlugin().OpenManifest()));

        Assert.Equal(expected, exception.Message);
    }

    [Theory]
    [InlineData("en", "'fr' is not a language FiveStar speaks; use zh (Chinese) or en (English).")]
    [InlineData("zh", "“fr”不是 FiveStar 支持的语言；请用 zh（中文）或 en（英文）。")]
    public void LanguageParse_UnknownCode_IsInTheUiCulture(string culture, string expected)
    {
        var exception = TestCulture.InUiCulture(culture, () => Assert.Throws<FormatException>(() => Language.Parse("fr")));

        Assert.Equal(expected, exception.Message);
    }

    private static List<string> LoadMessages(string json, Language language)
    {
        var factory = new StarRaterFactory(new CategoryCatalog([]), new CriteriaLoaderOptions { Language = language });
        var exception = Assert.Throws<CriteriaException>(() => factory.FromJson(json, "t.json"));
        return exception.Diagnostics.Select(d => d.Message).ToList();
    }

    /// <summary>A plug-in whose author forgot to embed its manifest.</summary>
    private sealed class UnpackedPlugin() : EmbeddedManifestPlugin("unpacked");

    /// <summary>A second plug-in claiming the faulty_sharing category.</summary>
    private sealed class SharingAgain : CategoryPlugin
    {
        public override string CategoryId => "faulty_sharing";

        public override Stream OpenManifest() => new MemoryStream(Encoding.UTF8.GetBytes(FaultyPlugins.SharingManifest));
    }
}
