using System.CommandLine;
using FiveStar.Cli.Resources;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar schema</c>: prints the JSON Schema of criteria documents, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("schema", Localizer.Format(CliText.Language, nameof(Messages.Help_Schema)));
        command.SetAction(_ => CliApp.Guard(context, () =>
        {
            using var stream = typeof(StarRaterFactory).Assembly.GetManifestResourceStream("FiveStar.criteria.schema.json")
                ?? throw new CliException(Localizer.Format(CliText.Language, nameof(Messages.Schema_NotEmbedded)));
            using var reader = new StreamReader(stream);
            context.Output.Write(reader.ReadToEnd());
            return ExitCodes.Success;
        }));
        return command;
    }
}
