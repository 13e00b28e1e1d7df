using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages.Reading;

namespace FiveStar.Rating;

/// <summary>
/// Finds indicators that criteria read but a villages file has no column (or JSON member) for at all: every village would
/// miss them, and the stars that need them would silently drop for everyone, so each is one problem of the file.
/// </summary>
public static class CriterionColumnCheck
{
    /// <summary>Returns one problem per indicator the rater's criteria read that the file has no column for, naming the criteria, in the current UI language.</summary>
    /// <param name="reader">The reader, after it has read the file (a JSON file's members are known at its end).</param>
    /// <param name="rater">The rater whose criteria are checked.</param>
    /// <returns>The problems, errors of the file rather than of a village; empty when every indicator read has a column.</returns>
    public static IReadOnlyList<DataProblem> MissingCriterionColumns(this VillageReader reader, StarRater rater) => reader.MissingCriterionColumns(rater, Language.Current);

    /// <summary>Returns one problem per indicator the rater's criteria read that the file has no column for, naming the criteria.</summary>
    /// <param name="reader">The reader, after it has read the file (a JSON file's members are known at its end).</param>
    /// <param name="rater">The rater whose criteria are checked.</param>
    /// <param name="language">The language of the messages.</param>
    /// <returns>The problems, errors of the file rather than of a village; empty when every indicator read has a column.</returns>
    public static IReadOnlyList<DataProblem> MissingCriterionColumns(this VillageReader reader, StarRater rater, Language language)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(rater);
        if (rater.Document.FieldsFromData)
        {
            return [];
        }

        var present = new HashSet<string>(reader.Columns, StringComparer.OrdinalIgnoreCase);
        present.UnionWith(reader.ColumnIndicators.OfType<string>());
        return rater.Criteria
            .SelectMany(c => c.Indicators.Select(indicator => (Indicator: indicator, Criterion: c.Id)))
            .Where(read => !present.Contains(read.Indicator))
            .GroupBy(read => read.Indicator, StringComparer.Ordinal)
            .Select(group => new DataProblem(
                DataProblemKind.MissingRequired,
                ProblemSeverity.Error,
                Localizer.Format(language ?? Language.Current, nameof(Messages.Data_CriterionColumnMissing), group.Key, string.Join(", ", group.Select(r => r.Criterion).Distinct(StringComparer.Ordinal))),
                group.Key,
                1, null))
            .ToArray();
    }
}
