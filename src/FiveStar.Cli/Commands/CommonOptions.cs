using System.CommandLine;
using FiveStar.Cli.Resources;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary>The options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Criteria() => new("--criteria", "-c")
    {
        Description = Localizer.Format(CliText.Language, nameof(Messages.Help_OptionCriteria)),
        Required = true,
    };

    public static Option<string> Villages(bool required = true) => new("--villages", "-v")
    {
        Description = Localizer.Format(CliText.Language, nameof(Messages.Help_OptionVillages)),
        Required = required,
    };

    public static Option<string?> Plugins() => new("--plugins")
    {
        Description = Localizer.Format(CliText.Language, nameof(Messages.Help_OptionPlugins)),
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = Localizer.Format(CliText.Language, nameof(Messages.Help_OptionStrict)),
    };

    public static Option<string> Lang() => new Option<string>("--lang")
    {
        Description = Localizer.Format(CliText.Language, nameof(Messages.Help_OptionLang)),
        DefaultValueFactory = _ => CliText.Language.Code,
    }.AcceptOnlyFromAmong("zh", "en");

    public static Option<string?> InputFormat() => new Option<string?>("--input-format")
    {
        Description = Localizer.Format(CliText.Language, nameof(Messages.Help_OptionInputFormat)),
    }.AcceptOnlyFromAmong("csv", "json", "jsonl", "xlsx");

    public static Option<string?> Sheet() => new("--sheet")
    {
        Description = Localizer.Format(CliText.Language, nameof(Messages.Help_OptionSheet)),
    };

    public static VillageFileFormat? ParseFormat(string? format) => format switch
    {
        "csv" => VillageFileFormat.Csv,
        "json" => VillageFileFormat.Json,
        "jsonl" => VillageFileFormat.JsonLines,
        "xlsx" => VillageFileFormat.Xlsx,
        _ => null,
    };
}
