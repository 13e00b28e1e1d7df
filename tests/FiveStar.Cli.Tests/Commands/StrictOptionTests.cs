namespace FiveStar.Cli.Tests.Commands;

public class StrictOptionTests
{
    [Theory]
    [InlineData("explain")]
    [InlineData("gap")]
    public void Command_UnreadParameter_WarnsAndWithStrictFails(string command)
    {
        using var folder = new TempFolder();
        var criteria = folder.File("town.json", """
        { "schemaVersion": "1.0", "id": "town", "extends": "henan-rural-2022",
          "parameters": [ { "id": "min_tea_area_mu", "value": 50, "name": { "zh": "茶园面积下限", "en": "Minimum tea area" } } ] }
        """);

        var (lenientExit, _, lenientError) = Cli.Run(command, "--lang", "en", "--criteria", criteria, "--villages", Cli.Hanzhuang("villages.csv"), "--village", "hz01");
        var (strictExit, _, strictError) = Cli.Run(command, "--lang", "en", "--strict", "--criteria", criteria, "--villages", Cli.Hanzhuang("villages.csv"), "--village", "hz01");

        Assert.Equal(0, lenientExit);
        Assert.Contains(": min_tea_area_mu: warning: parameter \"min_tea_area_mu\" is set here", lenientError, StringComparison.Ordinal);
        Assert.Equal(2, strictExit);
        Assert.Contains("parameter \"min_tea_area_mu\" is set here", strictError, StringComparison.Ordinal);
    }
}
