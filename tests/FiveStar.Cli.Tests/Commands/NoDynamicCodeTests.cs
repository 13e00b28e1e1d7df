using System.Diagnostics;
using System.Text.Json.Nodes;

namespace FiveStar.Cli.Tests.Commands;

/// <summary>
/// A process that cannot generate code (published native, or a .NET file-based app, which is by default) cannot compile
/// criteria: it is told so, and how to turn it off, instead of a load failing deep in the compiler as FiveStar's fault.
/// </summary>
public class NoDynamicCodeTests
{
    [Fact]
    public async Task Validate_InAProcessThatCannotGenerateCode_SaysSoAndHowToTurnItOff()
    {
        using var folder = new TempFolder();
        var config = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "FiveStar.Cli.runtimeconfig.json")))!;
        var options = config["runtimeOptions"]!.AsObject();
        options["configProperties"] ??= new JsonObject();
        options["configProperties"]!["System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported"] = false;
        var runtimeConfig = folder.File("nodyn.runtimeconfig.json", config.ToJsonString());
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "exec", "--runtimeconfig", runtimeConfig, Path.Combine(AppContext.BaseDirectory, "FiveStar.Cli.dll"), "validate", Cli.Hanzhuang("hanzhuang-2022.json"), "--lang", "en" })
        {
            start.ArgumentList.Add(argument);
        }

        using var tool = Process.Start(start)!;
        _ = tool.StandardOutput.ReadToEndAsync();
        var error = await tool.StandardError.ReadToEndAsync();
        await tool.WaitForExitAsync();

        Assert.Equal(2, tool.ExitCode);
        Assert.Contains("cannot generate code", error, StringComparison.Ordinal);
        Assert.Contains("<PublishAot>false</PublishAot>", error, StringComparison.Ordinal);
        Assert.DoesNotContain("a bug in FiveStar", error, StringComparison.Ordinal);
    }
}
