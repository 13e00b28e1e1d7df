using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Tests.Support;
using FiveStar.Villages;

namespace FiveStar.Tests.Compilation.Sandbox;

public class SandboxValidatorTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        // Reflection.
        { "input1.GetType() == null", "GetType()" },
        { "input1.GetType().Name == \"Village\"", "GetType()" },
        { "input1.GetType().Assembly.Location == \"\"", "GetType()" },
        { "Math.Abs(input1.GetType().Name.Length) > 0", "GetType()" },
        { "typeof(string).Name == \"String\"", "typeof" },
        { "Type.GetType(\"System.String\") == null", "Type" },
        { "System.Type.GetType(\"System.String\") == null", "System.Type.GetType" },
        { "System.Reflection.Assembly.GetExecutingAssembly() == null", "System.Reflection.Assembly" },

        // IO, the environment, processes.
        { "File.Exists(\"/etc/passwd\")", "File" },
        { "System.IO.File.ReadAllText(\"/etc/passwd\") == \"\"", "System.IO.File.ReadAllText" },
        { "Environment.ProcessorCount > 1", "Environment" },
        { "Environment.GetEnvironmentVariable(\"HOME\") == \"\"", "Environment" },
        { "Process.GetCurrentProcess().Id > 0", "Process" },
        { "System.Diagnostics.Process.GetCurrentProcess().Id > 0", "System.Diagnostics.Process" },

        // The clock.
        { "DateTime.Now.Year > 2000", "DateTime.Now" },
        { "DateTime.UtcNow > DateTime.MinValue", "DateTime.UtcNow" },
        { "DateTime.Today.Year > 2000", "DateTime.Today" },

        // Constructing objects.
        { "new (income as x).x > 0", "new" },
        { "income > 0 && new (1 as x) != null", "new" },
        { "DateTime(2020, 1, 1).Year > 0", "new DateTime" },

        // Methods and members on values.
        { "\"a\".Length > 0", "String.Length" },
        { "income.ToString() == \"1\"", "ToString()" },
        { "income.Equals(3)", "Equals()" },
        { "Convert.ToInt32(income) > 0", "Convert" },
        { "int.Parse(\"3\") > 0", "Int32.Parse()" },
        { "string.Empty == \"\"", "String.Empty" },

        // LINQ lambdas.
        { "new [] {1, 2}.Any(x => x > income)", "LINQ query with a lambda (Enumerable.Any)" },
        { "string.Join(\",\", input1.GetType().Assembly.DefinedTypes.Select(t => t.FullName)) == \"\"", "LINQ query with a lambda" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Compile_ForbiddenConstruct_FailsAtLoadNamingCriterionAndConstruct(string expression, string construct)
    {
        var exception = TestFactory.LoadError(Documents.OneCriterion(expression, id: "IND_1"));

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("IND_1", diagnostic.CriterionId);
        Assert.Equal(expression, diagnostic.Expression);
        Assert.Contains(construct, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("not allowed", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("$.categories[0].rules[0].expression", diagnostic.JsonPath);
        Assert.NotNull(diagnostic.Line);
        Assert.Contains("IND_1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ObjectBuiltInLocalParam_FailsNamingTheParameter()
    {
        const string json = """
        { "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测", "en": "T" },
          "indicators": [ { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0 } ],
          "categories": [ { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [
            { "id": "I1", "localParams": [ { "name": "o", "expression": "new (income as x)" } ], "expression": "o.x > 0" } ] } ] }
        """;

        var exception = TestFactory.LoadError(json);

        var diagnostic = Assert.Single(exception.Diagnostics, d => d.Message.Contains("localParams \"o\"", StringComparison.Ordinal));
        Assert.Equal("I1", diagnostic.CriterionId);
        Assert.Equal("$.categories[0].rules[0].localParams[0].expression", diagnostic.JsonPath);
        Assert.Contains("new", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("not allowed", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input1.GetType().Assembly.Location != \"\"", "GetType()")]
    [InlineData("System.IO.File.Exists(\"/etc/passwd\")", "System.IO.File.Exists")]
    [InlineData("DateTime.Now.Year > 2000", "DateTime.Now")]
    public void Compile_ForbiddenConstructInRulesEngineWorkflow_FailsAtLoad(string expression, string construct)
    {
        // The CVE-2024-51417 proof of concept evaluates in RulesEngine 6.0.1 itself; FiveStar must refuse it.
        var workflow = $$"""
        [{ "WorkflowName": "Industry", "Rules": [ { "RuleName": "R1", "Expression": "input1.Income > 0" }, { "RuleName": "Evil", "Expression": {{Documents.Quote(expression)}} } ] }]
        """;

        var exception = TestFactory.LoadError(workflow, [new VillageColumn("Income", IndicatorType.Number)]);

        var diagnostic = Assert.Single(exception.Diagnostics);
        Assert.Equal("Evil", diagnostic.CriterionId);
        Assert.Contains(construct, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("$[0].Rules[1].expression", diagnostic.JsonPath, ignoreCase: true);
    }

    [Fact]
    public void Compile_ForbiddenConstructInGlobalParam_FailsNamingTheParameter()
    {
        const string json = """
        { "schemaVersion": "1.0", "id": "doc", "name": { "zh": "测", "en": "T" },
          "indicators": [ { "id": "income", "name": { "zh": "收入", "en": "Income" }, "type": "money", "min": 0 } ],
          "globalParams": [ { "name": "year", "expression": "DateTime.Now.Year" } ],
          "categories": [ { "id": "industry", "name": { "zh": "产业", "en": "Industry" }, "rules": [ { "id": "I1", "expression": "income > year" } ] } ] }
        """;

        var exception = TestFactory.LoadError(json);

        var diagnostic = Assert.Single(exception.Diagnostics, d => d.Message.Contains("DateTime.Now", StringComparison.Ordinal));
        Assert.Equal("year", diagnostic.CriterionId);
        Assert.Equal("$.globalParams[0].expression", diagnostic.JsonPath);
    }

    [Theory]
    [InlineData("Math.Abs(income - 250000) < 100000 AND Math.Max(toilets, 10) >= Math.Min(90, toilets)")]
    [InlineData("Math.Round(income / 1000) == 250")]
    [InlineData("(petitions == 0 ? income : income / 2) >= min_income")]
    [InlineData("not (petitions > 0) and adviser")]
    public void Compile_AllowedConstructs_Load(string expression)
    {
        var rater = TestFactory.Rater(Documents.OneCriterion(expression));

        var rating = TestFactory.RateAll(rater, ("a", Documents.Village()))[0];

        Assert.Equal(1, rating.Stars);
    }
}
