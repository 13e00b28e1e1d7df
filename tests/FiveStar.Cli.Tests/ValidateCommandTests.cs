namespace FiveStar.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_VillagesWithoutARequiredColumn_IsAnErrorAndNotValid()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv", WithoutColumns("population"));

        var (exitCode, output, error) = Cli.Run("validate", Cli.Hanzhuang("hanzhuang-2022.json"), "--villages", villages);

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

        var (exitCode, _, error) = Cli.Run("validate", criteria, "--villages", villages);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{criteria}:7:9: I9: reads indicator land_transfer_mu, but {villages} has no column for it", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_VillagesWithAMisspeltColumn_WarnsWithTheNearestIndicator()
    {
        using var folder = new TempFolder();
        var villages = folder.File("villages.csv", File.ReadAllText(Cli.Hanzhuang("villages.csv")).Replace("collective_income_yuan", "collective_incom_yuan", StringComparison.Ordinal));

        // validate has no --lang: what the village reader says follows the user's UI language.
        var (_, _, error) = Cli.RunInUiCulture("en-US", "validate", Cli.Hanzhuang("hanzhuang-2022.json"), "--villages", villages);

        Assert.Contains("warning: column \"collective_incom_yuan\" is not an indicator", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'collective_income_yuan'", error, StringComparison.Ordinal);
    }

    private static string WithoutColumns(params string[] columns)
    {
        var lines = File.ReadAllLines(Cli.Hanzhuang("villages.csv"));
        var header = lines[0].Split(',');
        var keep = Enumerable.Range(0, header.Length).Where(i => !columns.Contains(header[i])).ToArray();
        return string.Join('\n', lines.Select(l => string.Join(',', keep.Select(i => l.Split(',')[i]))));
    }
}
