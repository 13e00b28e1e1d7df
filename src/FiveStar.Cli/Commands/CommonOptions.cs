using System.CommandLine;
using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary>The options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Criteria() => new("--criteria", "-c")
    {
        Description = "The criteria file: a FiveStar criteria document or a plain RulesEngine workflow file.",
        Required = true,
    };

    public static Option<string> Villages(bool required = true) => new("--villages", "-v")
    {
        Description = "The villages file: CSV, JSON (an array of objects), JSON Lines or an Excel workbook (.xlsx), chosen by extension or --input-format.",
        Required = required,
    };

    public static Option<string?> Plugins() => new("--plugins")
    {
        Description = "A folder of category plug-in assemblies to load, besides the five standard categories. Loading runs their code: use folders you trust.",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Treat warnings about the criteria (a parameter nothing reads, say) as errors.",
    };

    public static Option<string> Lang() => new Option<string>("--lang")
    {
        Description = "The language of names and messages: zh (default) or en.",
        DefaultValueFactory = _ => "zh",
    }.AcceptOnlyFromAmong("zh", "en");

    public static Option<string?> InputFormat() => new Option<string?>("--input-format")
    {
        Description = "The villages file's format when its extension does not say: csv, json, jsonl or xlsx.",
    }.AcceptOnlyFromAmong("csv", "json", "jsonl", "xlsx");

    public static Option<string?> Sheet() => new("--sheet")
    {
        Description = "For an Excel workbook, the sheet to read (by name); the first sheet otherwise.",
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
