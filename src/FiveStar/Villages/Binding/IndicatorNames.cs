using System.Text;

namespace FiveStar.Villages.Binding;

/// <summary>
/// The naming convention between C# and indicator ids: PascalCase words become snake_case, digits are a word of their
/// own (<c>CadresUnder35Count</c> is <c>cadres_under_35_count</c>); a property matches an indicator whose id equals its
/// name ignoring case and underscores.
/// </summary>
internal static class IndicatorNames
{
    /// <summary>The snake_case form of a PascalCase name.</summary>
    public static string ToSnake(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                if (builder.Length > 0 && builder[^1] != '_')
                {
                    builder.Append('_');
                }

                continue;
            }

            if (i > 0 && builder.Length > 0 && builder[^1] != '_' && StartsWord(name, i))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The key names are compared by: letters and digits only, lower case.</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool StartsWord(string name, int i)
    {
        var previous = name[i - 1];
        var current = name[i];
        if (char.IsDigit(current) != char.IsDigit(previous) && char.IsLetterOrDigit(previous))
        {
            return true;
        }

        if (char.IsUpper(current))
        {
            // A capital after a small letter starts a word; so does the last capital of an acronym before a small letter (HTTPServer).
            return char.IsLower(previous) || (char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]));
        }

        return false;
    }
}
