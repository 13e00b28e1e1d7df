using System.CommandLine;
using FiveStar.Cli.Analysis;
using FiveStar.Cli.Output;
using FiveStar.Rating;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar explain</c>: every criterion of every category for one village, with the values used and why each star was or was not awarded.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var criteria = CommonOptions.Criteria();
        var villages = CommonOptions.Villages();
        var village = new Option<string>("--village") { Description = "The village's id or name.", Required = true };
        var plugins = CommonOptions.Plugins();
        var lang = CommonOptions.Lang();
        var inputFormat = CommonOptions.InputFormat();
        var sheet = CommonOptions.Sheet();
        var strict = CommonOptions.Strict();
        var command = new Command("explain", "Explain one village's rating: every criterion, the values it used, and why each star was or was not awarded.\nExample: fivestar explain --criteria samples/Hanzhuang/hanzhuang-2022.json --villages samples/Hanzhuang/villages.csv --village 部落村")
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
                Write(context.Output, rater, rating, language);
            }, cancellationToken);
            if (found == 0)
            {
                throw new CliException($"no village has the id or name \"{result.GetValue(village)}\"");
            }

            return problems > 0 ? ExitCodes.DataProblems : ExitCodes.Success;
        })));
        return command;
    }

    private static void Write(TextWriter output, StarRater rater, VillageRating rating, Language language)
    {
        output.WriteLine($"{rating.Name} ({rating.Id})  {SummaryText.Stars(rating.Stars, rater.Categories.Count)}  " + language.T($"{rating.Stars} 星，星级 {rating.Level}", $"{rating.Stars} stars, level {rating.Level}"));
        if (!rating.Rated)
        {
            output.WriteLine(language.T("  未评定：数据有错误", "  not rated: the data has errors"));
        }

        foreach (var problem in rating.Problems)
        {
            output.WriteLine($"  ! {language.T("第", "line ")}{problem.Line}{language.T("行", string.Empty)}: {problem.Message}");
        }

        foreach (var veto in rating.Vetoes)
        {
            output.WriteLine($"  {language.T("一票否决", "veto")} {veto.Id}: {veto.Reason}");
        }

        foreach (var category in rating.Categories)
        {
            var definition = rater.Categories.First(c => c.Id == category.Id);
            var points = category.Points is { } p ? language.T($"，{p:0.##} 分", $", {p:0.##} points") : string.Empty;
            output.WriteLine();
            output.WriteLine($"  {(category.Awarded ? "★" : "☆")} {definition.Name.In(language.Library)}: {(category.Awarded ? language.T("获得", "awarded") : language.T("未获得", "not awarded"))}{points}{(category.Reason is null ? string.Empty : " — " + category.Reason)}");
            foreach (var criterion in category.Criteria)
            {
                var name = definition.Criteria.FirstOrDefault(c => c.Id == criterion.Id)?.Name.In(language.Library) ?? string.Empty;
                var mark = criterion.State switch
                {
                    CriterionState.Passed => "✓",
                    CriterionState.NotMet => "✗",
                    CriterionState.Missing => "?",
                    _ => "!",
                };
                var values = string.Join(", ", criterion.Values.Select(v => $"{v.Id}={v.Value ?? language.T("缺失", "missing")}"));
                output.WriteLine($"    {mark} {criterion.Id} {name}  [{values}]");
                if (criterion.Message is not null)
                {
                    output.WriteLine($"        {criterion.Message}");
                }
            }
        }

        output.WriteLine();
    }
}
