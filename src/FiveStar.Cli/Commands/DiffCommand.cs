using System.CommandLine;
using System.Text.Json;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar diff</c>: stars gained and lost per village between two rating periods, and the township totals.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var earlier = new Argument<string>("earlier-results") { Description = "Results of the earlier period (fivestar score --format json)." };
        var later = new Argument<string>("later-results") { Description = "Results of the later period." };
        var lang = CommonOptions.Lang();
        var command = new Command("diff", "Compare two results files: stars gained and lost per village, and the township totals.\nExample: fivestar diff results-2022.json results-2023.json")
        {
            earlier, later, lang,
        };
        command.SetAction(result => CliApp.Guard(context, () => Run(context, result.GetValue(earlier)!, result.GetValue(later)!, new Language(result.GetValue(lang)!))));
        return command;
    }

    private static int Run(CliContext context, string earlierPath, string laterPath, Language language)
    {
        var before = Read(earlierPath);
        var after = Read(laterPath);
        var categories = before.Values.Concat(after.Values).SelectMany(v => v.Stars.Keys).Distinct().ToList();
        foreach (var (id, now) in after)
        {
            if (!before.TryGetValue(id, out var then))
            {
                context.Output.WriteLine($"{now.Name} ({id}): {language.T("新增", "new")}, {Count(now, language)} {language.T("星", "stars")}");
                continue;
            }

            if (!then.Rated || !now.Rated)
            {
                // Stars of a village with data errors are not a rating: say so rather than count them as gained or lost.
                if (then.Rated != now.Rated)
                {
                    context.Output.WriteLine($"{now.Name} ({id}): {Count(then, language)} → {Count(now, language)}");
                }

                continue;
            }

            var gained = now.Stars.Where(s => s.Value && !then.Stars.GetValueOrDefault(s.Key)).Select(s => s.Key).ToList();
            var lost = then.Stars.Where(s => s.Value && !now.Stars.GetValueOrDefault(s.Key)).Select(s => s.Key).ToList();
            if (gained.Count == 0 && lost.Count == 0)
            {
                continue;
            }

            var change = string.Join(" ", gained.Select(g => "+" + g).Concat(lost.Select(l => "-" + l)));
            context.Output.WriteLine($"{now.Name} ({id}): {then.Count} → {now.Count}  {change}");
        }

        foreach (var id in before.Keys.Where(id => !after.ContainsKey(id)))
        {
            context.Output.WriteLine($"{before[id].Name} ({id}): {language.T("后一期没有该村", "missing from the later period")}");
        }

        context.Output.WriteLine();
        context.Output.WriteLine(language.T("各星获得村数（前 → 后）：", "Stars awarded per category (before → after):"));
        foreach (var category in categories)
        {
            context.Output.WriteLine($"  {category}: {before.Values.Count(v => v.Rated && v.Stars.GetValueOrDefault(category))} → {after.Values.Count(v => v.Rated && v.Stars.GetValueOrDefault(category))}");
        }

        // Township totals count rated villages only, as the summaries of the two results files do.
        var maxStars = Math.Max(before.Values.Select(v => v.Count).DefaultIfEmpty(0).Max(), after.Values.Select(v => v.Count).DefaultIfEmpty(0).Max());
        context.Output.WriteLine(language.T("各星级村数（前 → 后）：", "Villages per star count (before → after):"));
        for (var stars = maxStars; stars >= 0; stars--)
        {
            context.Output.WriteLine($"  {stars}: {before.Values.Count(v => v.Rated && v.Count == stars)} → {after.Values.Count(v => v.Rated && v.Count == stars)}");
        }

        var unratedBefore = before.Values.Count(v => !v.Rated);
        var unratedAfter = after.Values.Count(v => !v.Rated);
        if (unratedBefore + unratedAfter > 0)
        {
            context.Output.WriteLine($"  {language.T("未评定（数据有误）", "not rated (data errors)")}: {unratedBefore} → {unratedAfter}");
        }

        return ExitCodes.Success;
    }

    private static string Count((string Name, bool Rated, int Count, Dictionary<string, bool> Stars) village, Language language) =>
        village.Rated ? village.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : language.T("未评定", "not rated");

    private static Dictionary<string, (string Name, bool Rated, int Count, Dictionary<string, bool> Stars)> Read(string path)
    {
        RaterLoader.RequireFile(path, "results");
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            var villages = new Dictionary<string, (string, bool, int, Dictionary<string, bool>)>(StringComparer.Ordinal);
            foreach (var village in document.RootElement.GetProperty("villages").EnumerateArray())
            {
                var stars = village.GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("awarded").GetBoolean());
                var rated = !village.TryGetProperty("rated", out var flag) || flag.GetBoolean();
                villages[village.GetProperty("id").GetString()!] = (village.GetProperty("name").GetString()!, rated, village.GetProperty("stars").GetInt32(), stars);
            }

            return villages;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new CliException($"{path} is not a results file written by fivestar score --format json: {exception.Message}");
        }
    }
}
