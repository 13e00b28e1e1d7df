using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>Did-you-mean hints and id lists for messages, in the message's language.</summary>
internal static class IdSuggestion
{
    /// <summary>Returns <c>; did you mean 'x'?</c> with the nearest ids, or an empty string when none is near.</summary>
    public static string Hint(Language language, string? id, IEnumerable<string?> candidates)
    {
        if (string.IsNullOrEmpty(id))
        {
            return string.Empty;
        }

        var nearest = NameSuggester.Nearest(id, candidates.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase));
        return nearest.Count == 0
            ? string.Empty
            : Localizer.Format(language, nameof(Messages.Suggest_DidYouMean), string.Join(Localizer.Format(language, nameof(Messages.Suggest_Or)), nearest.Select(n => Quote(language, n))));
    }

    /// <summary>Lists ids for a message (<c>a, b, c</c>), or says there are none.</summary>
    public static string List(Language language, IEnumerable<string?> ids)
    {
        var list = ids.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return list.Length == 0 ? Localizer.Format(language, nameof(Messages.Suggest_None)) : string.Join(", ", list);
    }

    private static string Quote(Language language, string id) => Localizer.Format(language, nameof(Messages.Suggest_Quote), id);
}
