using System.CommandLine;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar schema</c>: prints the JSON Schema of criteria documents, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", "Print the JSON Schema of criteria documents (point an editor's $schema at it for validation and autocomplete).\nExample: fivestar schema > criteria.schema.json");
        command.SetAction(_ => CliApp.Guard(context, () =>
        {
            using var stream = typeof(StarRaterFactory).Assembly.GetManifestResourceStream("FiveStar.criteria.schema.json")
                ?? throw new CliException("the schema is not embedded in this build");
            using var reader = new StreamReader(stream);
            context.Output.Write(reader.ReadToEnd());
            return ExitCodes.Success;
        }));
        return command;
    }
}
