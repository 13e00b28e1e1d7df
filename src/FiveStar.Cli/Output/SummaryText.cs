using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Output;

/// <summary>The township summary as the published reports give it: awards per star, then villages per star count.</summary>
internal static class SummaryText
{
    public static IEnumerable<string> Lines(StarRater rater, RatingSummary summary, Language language)
    {
        yield return Localizer.Format(language, nameof(Messages.Summary_Counts), summary.Villages, summary.Rated, summary.WithProblems);
        var separator = Localizer.Format(language, nameof(Messages.Summary_Separator));
        var awards = rater.Categories.Select(c => $"{c.Name.In(language)} {summary.ByCategory[c.Id]}");
        yield return Localizer.Format(language, nameof(Messages.Summary_Awards), string.Join(separator, awards));
        var levels = summary.ByStars.OrderByDescending(s => s.Key).Select(s => Localizer.Format(language, nameof(Messages.Summary_Level), StarWord(s.Key, language), s.Value));
        yield return Localizer.Format(language, nameof(Messages.Summary_Levels), string.Join(separator, levels));
    }

    /// <summary>The words for a star count as the published reports write them (一星 … 十星, 3-star).</summary>
    public static string StarWord(int stars, Language language)
    {
        var words = Localizer.Format(language, nameof(Messages.Summary_StarWords)).Split('|');
        return stars >= 0 && stars < words.Length ? words[stars] : Localizer.Format(language, nameof(Messages.Summary_StarWordOther), stars);
    }

    public static string Stars(int stars, int of) => new string('★', stars) + new string('☆', Math.Max(0, of - stars));
}
