using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.CriteriaTests;

/// <summary>
/// Writes the skeleton of a town's test file (<c>docs/criteria-tests.md</c>) beside its criteria: defaults for every
/// indicator the criteria read, a model village that meets each comparison the thresholds set (found with the rater's own
/// gap analysis), and a case whose expectations are what the criteria give for it today, so the file runs and passes as
/// written; the comments tell the town to replace the villages and expectations with its own.
/// </summary>
public static class CriteriaTestStarter
{
    private const int MaxRounds = 8;

    /// <summary>Writes the skeleton.</summary>
    /// <param name="rater">The criteria the file tests (compiled as the town's file is).</param>
    /// <param name="criteriaFile">What the test file's <c>criteria</c> says: the criteria file's name, relative to the test file.</param>
    /// <param name="writer">Where the file goes.</param>
    /// <param name="language">The language of the comments and the case names.</param>
    public static void Write(StarRater rater, string criteriaFile, TextWriter writer, Language language)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentException.ThrowIfNullOrEmpty(criteriaFile);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(language);
        var read = rater.Criteria.SelectMany(c => c.Indicators).ToHashSet(StringComparer.Ordinal);
        var indicators = rater.Schema.Indicators.Where(i => !i.IsDerived && (read.Contains(i.Id) || i.Required)).ToList();
        var values = indicators.ToDictionary(i => i.Id, Neutral, StringComparer.Ordinal);
        var rating = Rate(rater, values, language);
        for (var round = 0; round < MaxRounds && rating.Stars < rater.Categories.Count; round++)
        {
            var changed = false;
            foreach (var shortfall in rater.Gap(rating, language).Missing.SelectMany(s => s.Criteria).SelectMany(c => c.Shortfalls))
            {
                if (indicators.FirstOrDefault(i => i.Id == shortfall.IndicatorId) is { } indicator && Meet(indicator, shortfall) is { } value && !Equals(values[indicator.Id], value))
                {
                    values[indicator.Id] = value;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }

            rating = Rate(rater, values, language);
        }

        string T(string name, params object?[] args) => Localizer.Format(language, name, args);
        var text = new StringBuilder();
        text.Append("// ").AppendLine(T(nameof(Messages.TestStarter_Header), criteriaFile));
        text.Append("// ").AppendLine(T(nameof(Messages.TestStarter_HowTo)));
        text.AppendLine("{");
        text.Append("  \"criteria\": ").Append(Json(criteriaFile)).AppendLine(",");
        text.Append("  // ").AppendLine(T(nameof(Messages.TestStarter_Villages)));
        text.AppendLine("  // \"villages\": \"villages.csv\",");
        text.Append("  // ").AppendLine(T(nameof(Messages.TestStarter_Defaults)));
        text.AppendLine("  \"defaults\": {");
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var unit = indicator.Unit.In(language);
            text.Append("    ").Append(Json(indicator.Id)).Append(": ").Append(Json(values[indicator.Id])).Append(i < indicators.Count - 1 ? "," : string.Empty)
                .Append("  // ").Append(indicator.Name.In(language)).AppendLine(unit.Length > 0 ? $" ({unit})" : string.Empty);
        }

        text.AppendLine("  },");
        text.AppendLine("  \"cases\": [");
        text.Append("    // ").AppendLine(T(nameof(Messages.TestStarter_Case)));
        text.AppendLine("    {");
        text.Append("      \"name\": ").Append(Json(T(nameof(Messages.TestStarter_CaseName), rating.Stars))).AppendLine(",");
        text.AppendLine("      \"values\": {},");
        text.AppendLine("      \"expect\": {");
        text.Append("        \"stars\": ").Append(rating.Stars.ToString(CultureInfo.InvariantCulture)).Append(", \"level\": ").Append(rating.Level.ToString(CultureInfo.InvariantCulture)).AppendLine(",");
        text.Append("        \"awarded\": [").Append(string.Join(", ", rating.Categories.Where(c => c.Awarded).Select(c => Json(c.Id)))).AppendLine("],");
        text.Append("        \"notAwarded\": [").Append(string.Join(", ", rating.Categories.Where(c => !c.Awarded).Select(c => Json(c.Id)))).AppendLine("],");
        text.Append("        \"vetoes\": [").Append(string.Join(", ", rating.Vetoes.Select(v => Json(v.Id)))).AppendLine("]");
        text.AppendLine("      }");
        text.AppendLine("    }");
        text.Append("    // ").AppendLine(T(nameof(Messages.TestStarter_More)));
        text.AppendLine("  ]");
        text.AppendLine("}");
        writer.Write(text.ToString());
    }

    /// <summary>A value that meets no threshold by itself: zero, no, or an enumeration's first value.</summary>
    private static object Neutral(IndicatorDefinition indicator) => indicator.Type switch
    {
        IndicatorType.Boolean => false,
        IndicatorType.Enumeration => indicator.Values.Count > 0 ? indicator.Values[0].Id : string.Empty,
        IndicatorType.Text => string.Empty,
        _ => Math.Max(0, indicator.EffectiveMinimum ?? 0),
    };

    /// <summary>The value that meets one failed comparison, or <see langword="null"/> when the gap gives no target.</summary>
    private static object? Meet(IndicatorDefinition indicator, ValueShortfall shortfall)
    {
        if (indicator.Type == IndicatorType.Boolean)
        {
            return shortfall.Comparison switch
            {
                ComparisonKind.EqualTo => shortfall.Target is { } t ? t != 0 : string.Equals(shortfall.TargetText, "true", StringComparison.OrdinalIgnoreCase),
                ComparisonKind.NotEqualTo => shortfall.Target is { } t ? t == 0 : !string.Equals(shortfall.TargetText, "true", StringComparison.OrdinalIgnoreCase),
                _ => null,
            };
        }

        if (indicator.Type == IndicatorType.Enumeration)
        {
            return shortfall.Comparison == ComparisonKind.EqualTo ? shortfall.TargetText : null;
        }

        if (shortfall.Target is not { } target)
        {
            return null;
        }

        var step = indicator.Type == IndicatorType.WholeNumber ? 1 : 0.01;
        return shortfall.Comparison switch
        {
            ComparisonKind.AtLeast or ComparisonKind.AtMost or ComparisonKind.EqualTo => target,
            ComparisonKind.MoreThan => target + step,
            ComparisonKind.LessThan => target - step,
            _ => null,
        };
    }

    private static VillageRating Rate(StarRater rater, Dictionary<string, object> values, Language language)
    {
        var village = string.Join(", ", values.Select(v => $"{Json(v.Key)}: {Json(v.Value)}").Prepend("\"id\": \"example\", \"name\": \"example\""));
        return rater.RateJson($"{{{village}}}", language).Villages[0];
    }

    private static string Json(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        string s => $"\"{JsonEncodedText.Encode(s, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };
}
