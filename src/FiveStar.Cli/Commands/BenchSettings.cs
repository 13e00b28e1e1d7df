using FiveStar.Villages.Reading;

namespace FiveStar.Cli.Commands;

/// <summary>What <c>fivestar bench</c> was asked to measure.</summary>
internal sealed record BenchSettings(string CriteriaPath, string? VillagesPath, int Count, string? LikePath, int Seed, bool AgainstRulesEngine, string? Plugins, VillageFileFormat? InputFormat);
