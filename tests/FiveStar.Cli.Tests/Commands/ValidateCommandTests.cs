namespace FiveStar.Cli.Tests.Commands;

public class ValidateCommandTests
{
    /// <summary>Issue 17, class 9: validate stopped at the first file that threw; every file is now checked and each problem located.</summary>
    [Fact]
    public void Validate_SeveralBrokenFiles_ChecksEveryFileAndLocatesEachProblem()
    {
        using var folder = new TempFolder();
        const string Head = """{ "schemaVersion": "1.0", "id": "t", "name": { "zh": "t", "en": "t" }, "indicators": [ { "id": "n", "name": { "zh": "n", "en": "n" }, "type": "integer" } ], "categories": [ """;
        var character = folder.File("char.json", Head + """{ "id": "c", "name": { "zh": "c", "en": "c" }, "rules": [ { "id": "R1", "expression": "n > 'a'" } ] } ] }""");
        var nulls = folder.File("nulls.json", Head + """null, { "id": "c", "name": { "zh": "c", "en": "c" }, "rules": [ { "id": "R2", "expression": "n > 1" } ] } ], "vetoes": [ null ] }""");
        var zero = folder.File("zero.json", """{ "schemaVersion": "1.0", "id": "z", "extends": "/dev/zero" }""");

        var (exitCode, output, error) = Cli.Run("validate", "--lang", "en", character, nulls, zero, Cli.Hanzhuang("hanzhuang-2022.json"));

        Assert.Equal(2, exitCode);
        Assert.Contains($"{character}:1:", error, StringComparison.Ordinal);
        Assert.Contains("R1: 'a' in single quotes is a character", error, StringComparison.Ordinal);
        Assert.Contains($"{nulls}:1:", error, StringComparison.Ordinal);
        Assert.Contains("$.categories[0] is null", error, StringComparison.Ordinal);
        Assert.Contains("$.vetoes[0] is null", error, StringComparison.Ordinal);
        Assert.Contains($"{zero}:1:", error, StringComparison.Ordinal);
        Assert.Contains("/dev/zero is empty or is not a regular file", error, StringComparison.Ordinal);
        Assert.Contains("hanzhuang-2022.json: valid (", output, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Validate_VillagesWithoutARequiredColumn_IsAnErrorAndNotValid()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv", WithoutColumns("population"));

        var (exitCode, output, error) = Cli.Run("validate", "--lang", "en", Cli.Hanzhuang("hanzhuang-2022.json"), "--villages", villages);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{villages}:1:1: population: the required indicator population", error, StringComparison.Ordinal);
        Assert.DoesNotContain("valid (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CriterionReadsAColumnTheVillagesLack_PointsAtTheCriterionInTheFile()
    {
        using var folder = new TempFolder();
        var criteria = folder.File("town.json", """
        {
          "schemaVersion": "1.0",
          "id": "town",
          "extends": "henan-rural-2022",
          "categories": [
            { "id": "industry_prosperity", "rules": [
              { "id": "I9", "expression": "land_transfer_mu >= 100" } ] }
          ]
        }
        """);
        var villages = folder.File("villages.csv", WithoutColumns("land_transfer_mu"));

        var (exitCode, _, error) = Cli.Run("validate", "--lang", "en", criteria, "--villages", villages);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{criteria}:7:9: I9: reads indicator land_transfer_mu, but {villages} has no column for it", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_VillagesWithAMisspeltColumn_WarnsWithTheNearestIndicator()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv", File.ReadAllText(Cli.Hanzhuang("villages.csv")).Replace("collective_income_yuan", "collective_incom_yuan", StringComparison.Ordinal));

        var (_, _, error) = Cli.Run("validate", "--lang", "en", Cli.Hanzhuang("hanzhuang-2022.json"), "--villages", villages);

        Assert.Contains("warning: column \"collective_incom_yuan\" is not an indicator", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'collective_income_yuan'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "did you mean \"min_collective_income_yuan\"?")]
    [InlineData("zh", "是否想写 “min_collective_income_yuan”？")]
    public void Validate_MisspeltParameterOverride_FailsWithTheNearestIdInTheChosenLanguage(string language, string expected)
    {
        using var folder = new TempFolder();
        var criteria = folder.File("town.json", """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_collective_incom_yuan", "value": 150000 } ]
        }
        """);

        var (exitCode, output, error) = Cli.Run("validate", "--lang", language, criteria);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"{criteria}:3:", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ParameterNothingReads_WarnsAndWithStrictFails()
    {
        using var folder = new TempFolder();
        var criteria = folder.File("town.json", """
        {
          "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_tea_area_mu", "value": 50, "name": { "zh": "茶园面积下限", "en": "Minimum tea area" } } ]
        }
        """);

        var (lenientExit, lenientOutput, lenientError) = Cli.Run("validate", "--lang", "en", criteria);
        var (strictExit, strictOutput, strictError) = Cli.Run("validate", "--lang", "en", "--strict", criteria);

        Assert.Equal(0, lenientExit);
        Assert.Contains("valid (5 categories, 29 criteria)", lenientOutput, StringComparison.Ordinal);
        Assert.Contains($"{criteria}:3:", lenientError, StringComparison.Ordinal);
        Assert.Contains(": min_tea_area_mu: warning: parameter \"min_tea_area_mu\" is set here, but no criterion", lenientError, StringComparison.Ordinal);
        Assert.Equal(2, strictExit);
        Assert.DoesNotContain("valid (", strictOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("warning:", strictError, StringComparison.Ordinal);
        Assert.Contains(": min_tea_area_mu: parameter \"min_tea_area_mu\" is set here", strictError, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InChinese_SaysValidInChinese()
    {
        var (exitCode, output, _) = Cli.Run("validate", "--lang", "zh", Cli.Hanzhuang("hanzhuang-2022.json"));

        Assert.Equal(0, exitCode);
        Assert.Contains("hanzhuang-2022.json：有效（5 颗星，29 条标准）", output, StringComparison.Ordinal);
    }

    private static string WithoutColumns(params string[] columns)
    {
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var header = lines[0].Split(',');
        var keep = Enumerable.Range(0, header.Length).Where(i => !columns.Contains(header[i])).ToArray();
        return string.Join('\n', lines.Select(l => string.Join(',', keep.Select(i => l.Split(',')[i]))));
    }

    [Theory]
    [InlineData("--criteria")]
    [InlineData("-c")]
    public void Validate_CriteriaOption_ChecksTheFileAsTheOtherCommandsDo(string option)
    {
        using var folder = new TempFolder();
        var town = folder.File("town.json", File.ReadAllText(Cli.Hanzhuang("hanzhuang-2022.json")).Replace("\"value\": 100000", "\"vaule\": 100000", StringComparison.Ordinal));

        var (exitCode, output, error) = Cli.Run("validate", option, town, "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.DoesNotContain("does not exist", error, StringComparison.Ordinal);
        Assert.Contains($"{town}:16:7: -: unknown member 'vaule' in a parameter; did you mean 'value'?", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Validate_CriteriaOptionAndArgument_ChecksBoth()
    {
        var (exitCode, output, error) = Cli.Run("validate", "--lang", "en", "--criteria", Cli.Hanzhuang("hanzhuang-2022.json"), Path.Combine(Cli.Root, "src/FiveStar.Standard/henan-rural-2022.json"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("hanzhuang-2022.json: valid (5 categories, 29 criteria)", output, StringComparison.Ordinal);
        Assert.Contains("henan-rural-2022.json: valid (", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoFile_IsAUsageError()
    {
        var (exitCode, _, error) = Cli.Run("validate", "--lang", "en");

        Assert.Equal(2, exitCode);
        Assert.Contains("at least one criteria file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidFiles_ExitsWithZero()
    {
        var (exitCode, output, error) = Cli.Run("validate", "--lang", "en", Cli.Hanzhuang("hanzhuang-2022.json"), Path.Combine(Cli.Root, "src/FiveStar.Standard/henan-rural-2022.json"), "--villages", Cli.Hanzhuang("villages.csv"));

        Assert.True(exitCode == 0, error);
        Assert.Contains("hanzhuang-2022.json: valid (5 categories, 29 criteria)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReflectionAndTypo_PrintsOneLocatedErrorALine()
    {
        using var folder = new TempFolder();
        var criteria = folder.File("town.json", """
        {
          "schemaVersion": "1.0",
          "id": "town",
          "extends": "henan-rural-2022",
          "categories": [
            { "id": "safety_rule_of_law", "rules": [
              { "id": "S9", "expression": "input1.GetType().Assembly.Location != \"\"" },
              { "id": "S10", "expression": "criminal_cases_count == 0" } ] }
          ]
        }
        """);

        var (exitCode, _, error) = Cli.Run("validate", "--lang", "en", criteria);

        Assert.Equal(2, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{criteria}:7:", StringComparison.Ordinal) && l.Contains(": S9: ", StringComparison.Ordinal) && l.Contains("GetType", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{criteria}:8:", StringComparison.Ordinal) && l.Contains(": S10: ", StringComparison.Ordinal) && l.Contains("criminal_case_count", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RulesEngineWorkflowAgainstColumns_FindsAMisspeltField()
    {
        using var folder = new TempFolder();
        var workflow = folder.File("workflow.json", """
        { "WorkflowName": "Industry", "Rules": [ { "RuleName": "Income", "Expression": "input1.collective_incom_yuan >= 200000" } ] }
        """);

        var (withoutData, output, _) = Cli.Run("validate", "--lang", "en", workflow);
        var (withData, _, error) = Cli.Run("validate", "--lang", "en", workflow, "--villages", Cli.Hanzhuang("villages.csv"));

        Assert.Equal(0, withoutData);
        Assert.Contains("pass --villages", output, StringComparison.Ordinal);
        Assert.Equal(2, withData);
        Assert.Contains(": Income: unknown", error, StringComparison.Ordinal);
        Assert.Contains("collective_income_yuan", error, StringComparison.Ordinal);
    }
}
