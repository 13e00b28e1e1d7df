using System.Text.Json;

namespace FiveStar.Cli.Tests.Commands;

public class SchemaCommandTests
{
    [Fact]
    public void Schema_PrintsTheJsonSchema()
    {
        var (exitCode, output, _) = Cli.Run("schema");

        Assert.Equal(0, exitCode);
        using var document = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }
}
