using FiveStar.Resources;

namespace FiveStar.Text;

/// <summary>Suggests the nearest known names for a misspelt one, by edit distance.</summary>
internal static class NameSuggester
{
    public static IReadOnlyList<string> Nearest(string name, IEnumerable<string> candidates, int count = 3)
    {
        var lowered = name.ToLowerInvariant();
        var allowed = Math.Max(2, name.Length / 3);

        // Names whose lengths differ by more than the allowed distance cannot be near; skip the quadratic distance for them.
        return candidates
            .Where(c => Math.Abs(c.Length - name.Length) <= allowed || c.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Select(c => (Name: c, Distance: Distance(lowered, c.ToLowerInvariant())))
            .Where(c => c.Distance <= allowed || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToArray();
    }

    /// <summary>Returns <c>; did you mean 'x' or 'y'?</c> in the language, or an empty string when no name is near.</summary>
    public static string Hint(Language language, string name, IEnumerable<string> candidates)
    {
        var nearest = Nearest(name, candidates);
        if (nearest.Count == 0)
        {
            return string.Empty;
        }

        var names = string.Join(Localizer.Format(language, nameof(Messages.Suggest_Or)), nearest.Select(n => Localizer.Format(language, nameof(Messages.Suggest_QuoteName), n)));
        return Localizer.Format(language, nameof(Messages.Suggest_NearestNames), names);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
