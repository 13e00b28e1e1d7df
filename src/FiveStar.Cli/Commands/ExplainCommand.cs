using System.CommandLine;
using FiveStar.Cli.Analysis;
using FiveStar.Cli.Output;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Commands;

/// <summary><c>fivestar explain</c>: every criterion of every category for one village, with the values used and why each star was or was not awarded.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context) => VillageCommand.Create(
        context,
        "explain",
        nameof(Messages.Help_Explain),
        new Option<string?>("--village") { Description = Localizer.Format(CliText.Language, nameof(Messages.Help_ExplainVillage)), Required = true },
        Write);

    private static void Write(TextWriter output, StarRater rater, VillageRating rating, Language language)
    {
        output.WriteLine($"{rating.Name} ({rating.Id})  {SummaryText.Stars(rating.Stars, rater.Categories.Count)}  " + Localizer.Format(language, nameof(Messages.Explain_Stars), rating.Stars, rating.Level));
        if (!rating.Rated)
        {
            output.WriteLine("  " + Localizer.Format(language, nameof(Messages.Explain_NotRated)));
        }

        foreach (var problem in rating.Problems)
        {
            output.WriteLine("  ! " + Localizer.Format(language, nameof(Messages.Explain_Problem), problem.Line, problem.Message));
        }

        foreach (var veto in rating.Vetoes)
        {
            output.WriteLine("  " + Localizer.Format(language, nameof(Messages.Explain_Veto), veto.Id, veto.Reason));
        }

        foreach (var category in rating.Categories)
        {
            var definition = rater.Categories.First(c => c.Id == category.Id);
            var points = category.Points is { } p ? Localizer.Format(language, nameof(Messages.Explain_Points), p) : string.Empty;
            output.WriteLine();
            output.WriteLine($"  {(category.Awarded ? "★" : "☆")} {definition.Name.In(language)}: {Localizer.Format(language, category.Awarded ? nameof(Messages.Explain_Awarded) : nameof(Messages.Explain_NotAwarded))}{points}{(category.Reason is null ? string.Empty : " — " + category.Reason)}");
            foreach (var criterion in category.Criteria)
            {
                var name = definition.Criteria.FirstOrDefault(c => c.Id == criterion.Id)?.Name.In(language) ?? string.Empty;
                var mark = criterion.State switch
                {
                    CriterionState.Passed => "✓",
                    CriterionState.NotMet => "✗",
                    CriterionState.Missing => "?",
                    _ => "!",
                };
                var values = string.Join(", ", criterion.Values.Select(v => $"{v.Id}={v.Value ?? Localizer.Format(language, nameof(Messages.Explain_ValueMissing))}"));
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
