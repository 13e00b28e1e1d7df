using FiveStar.Rating;

namespace FiveStar.Cli.Output;

/// <summary>The township summary as the published reports give it: awards per star, then villages per star count.</summary>
internal static class SummaryText
{
    public static IEnumerable<string> Lines(StarRater rater, RatingSummary summary, Language language)
    {
        yield return language.T(
            $"共 {summary.Villages} 个村，评定 {summary.Rated} 个，数据有问题 {summary.WithProblems} 个",
            $"{summary.Villages} villages, {summary.Rated} rated, {summary.WithProblems} with data problems");
        var awards = rater.Categories.Select(c => $"{c.Name.In(language.Library)} {summary.ByCategory[c.Id]}");
        yield return language.T("获星：", "Stars awarded: ") + string.Join(language.T("，", ", "), awards);
        var levels = summary.ByStars.OrderByDescending(s => s.Key).Select(s => language.T($"{StarWord(s.Key)} {s.Value} 个", $"{s.Key}-star {s.Value}"));
        yield return language.T("星级：", "Villages by stars: ") + string.Join(language.T("，", ", "), levels);
    }

    public static string StarWord(int stars) => stars switch
    {
        0 => "无星",
        1 => "一星",
        2 => "二星",
        3 => "三星",
        4 => "四星",
        5 => "五星",
        6 => "六星",
        7 => "七星",
        8 => "八星",
        9 => "九星",
        10 => "十星",
        _ => $"{stars}星",
    };

    public static string Stars(int stars, int of) => new string('★', stars) + new string('☆', Math.Max(0, of - stars));
}
