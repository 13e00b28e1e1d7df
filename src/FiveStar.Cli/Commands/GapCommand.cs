using System.CommandLine;
using FiveStar.Cli.Analysis;
using FiveStar.Cli.Resources;
using FiveStar.Rating;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar gap</c>: what each village lacks for its next star, cheapest first (查找短板、补齐弱项).</summary>
internal static class GapCommand
{
    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var villages = CommonOptions.Villages();
        var village = new Option<string?>("--village") { Description = "Only this village (id or name)." };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var strict = CommonOptions.Strict();
        var command = new Command("gap", "Show what each village lacks for its next star, cheapest first: the criteria not met and by how much.\nExample: fivestar gap --criteria samples/Hanzhuang/hanzhuang-2022.json --villages samples/Hanzhuang/villages.csv --village 七里铺村")
        {
            criteria, villages, village, plugins, lang, inputFormat, sheet, strict,
        };
        command.SetAction((result, cancellationToken) => Task.FromResult(CliApp.Guard(context, () =>
        {
            var language = new Language(result.GetValue(lang)!);
            var format = CommonOptions.ParseFormat(result.GetValue(inputFormat));
            var rater = RaterLoader.Load(result.GetValue(criteria)!, result.GetValue(villages), result.GetValue(plugins), format, result.GetValue(sheet), result.GetValue(strict), context.Error, new Language(result.GetValue(lang)!).Library, cancellationToken);
            using var reader = RaterLoader.OpenVillages(result.GetValue(villages)!, rater, format, result.GetValue(sheet));
            var found = 0;
            var problems = VillageFinder.ForEach(rater, reader, result.GetValue(village), language, (rating, _, _) =>
            {
                found++;
                var gap = rater.Gap(rating, language.Library);
                context.Output.WriteLine($"{rating.Name} ({rating.Id}): {rating.Stars} {language.T("星", "stars")}");
                if (gap.Missing.Count == 0)
                {
                    context.Output.WriteLine(language.T("  已获全部星", "  holds every star"));
                }

                foreach (var star in gap.Missing)
                {
                    var heading = star == gap.Next ? language.T("下一颗星", "next star")
                        : star.Status == StarGapStatus.Attainable ? language.T("其后", "then")
                        : Localizer.Format(language.Library, nameof(Messages.Gap_NotYet));
                    // A star blocked only by a prerequisite or a veto has no criterion of its own to fix: say only what blocks it.
                    var toFix = star.CriteriaToFix > 0 ? language.T($"至少补齐 {star.CriteriaToFix} 项", $"fix at least {star.CriteriaToFix}") : null;
                    var what = string.Join(" ", new[] { toFix, star.Blocker is null ? null : toFix is null ? star.Blocker : $"({star.Blocker})" }.Where(t => t is not null));
                    context.Output.WriteLine($"  {heading}: {star.CategoryName.In(language.Library)} — {what}");
                    foreach (var criterion in star.Criteria)
                    {
                        context.Output.WriteLine($"    - {CriterionLabel(criterion, language)}: {criterion.Detail}");
                    }
                }

                context.Output.WriteLine();
            }, cancellationToken);
            if (found == 0 && result.GetValue(village) is { } wanted)
            {
                throw new CliException($"no village has the id or name \"{wanted}\"");
            }

            return problems > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
        })));
        return command;
    }

    /// <summary>The criterion's id and name, as the gap and the report list it.</summary>
    internal static string CriterionLabel(CriterionGap criterion, Language language) =>
        criterion.Name.In(language.Library) is { Length: > 0 } name ? $"{criterion.CriterionId} {name}" : criterion.CriterionId;
}
