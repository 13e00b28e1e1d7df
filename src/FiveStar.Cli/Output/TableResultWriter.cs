using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;
using FiveStar.Villages;

namespace FiveStar.Cli.Output;

/// <summary>
/// The township table for people: one aligned line per village with ★/☆, its level and which stars it holds. Text from
/// the files is shown escaped (<see cref="TerminalText"/>), and ids and names are cut to <see cref="IdWidth"/> and
/// <see cref="NameWidth"/> columns with an ellipsis (csv and json carry them whole).
/// </summary>
internal sealed class TableResultWriter(TextWriter writer, Language language) : ResultWriter
{
    /// <summary>The most terminal columns an id takes in the table.</summary>
    public const int IdWidth = 24;

    /// <summary>The most terminal columns a village name takes in the table.</summary>
    public const int NameWidth = 40;

    // Rows are kept until the end so columns can be aligned; use csv for very large inputs.
    /// <summary>The most rows held back to align the columns; after that the table is written as it goes, aligned as far as it was.</summary>
    public const int MaxHeldRows = 100_000;

    private readonly List<string[]> _rows = [];
    private int[]? _widths;

    public override void WriteBlock(StarRater rater, VillageBatch batch, RatingBuffer results)
    {
        var count = rater.Categories.Count;
        for (var v = 0; v < batch.Count; v++)
        {
            var held = Enumerable.Range(0, count).Where(c => results.IsAwarded(v, c)).Select(c => TerminalText.Escape(Short(rater.Categories[c].Name.In(language))));
            var id = TerminalText.Display(batch.GetId(v), IdWidth);
            var name = TerminalText.Display(batch.GetName(v), NameWidth);
            var status = results.IsRated(v) ? string.Empty
                : batch.GetProblems(v).Count == 1 ? Localizer.Format(language, nameof(Messages.Table_NotRatedOne))
                : Localizer.Format(language, nameof(Messages.Table_NotRated), batch.GetProblems(v).Count);
            if (results.IsRated(v) && batch.HasProblems(v))
            {
                status = Localizer.Format(language, nameof(Messages.Table_Warnings), batch.GetProblems(v).Count);
            }

            // An unrated village shows no stars: the summary leaves it out, and stars from broken data would mislead.
            _rows.Add(results.IsRated(v)
                ? [id, name, SummaryText.Stars(results.GetStars(v), count), results.GetLevel(v).ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(Localizer.Format(language, nameof(Messages.Table_ListSeparator)), held), status]
                : [id, name, "—", "—", string.Empty, status]);
        }

        if (_widths is not null || _rows.Count > MaxHeldRows)
        {
            // Memory stays bounded on any input: the rows so far set the column widths, later rows are written at once.
            _widths ??= WriteHeader(rater);
            foreach (var row in _rows)
            {
                writer.WriteLine(Line(row, _widths));
            }

            _rows.Clear();
        }
    }

    public override void WriteSummary(StarRater rater, RatingSummary summary)
    {
        var widths = _widths ?? WriteHeader(rater);
        foreach (var row in _rows)
        {
            writer.WriteLine(Line(row, widths));
        }

        writer.WriteLine();
        foreach (var line in SummaryText.Lines(rater, summary, language))
        {
            writer.WriteLine(TerminalText.Escape(line));
        }
    }

    /// <summary>Writes the title and the column headings, aligned to the rows held; returns the widths.</summary>
    private int[] WriteHeader(StarRater rater)
    {
        string[] header = [T(nameof(Messages.Table_Id)), T(nameof(Messages.Table_Village)), T(nameof(Messages.Table_Stars)), T(nameof(Messages.Table_Level)), T(nameof(Messages.Table_StarsHeld)), T(nameof(Messages.Table_Notes))];
        var widths = header.Select((h, i) => Math.Max(TextWidth.Of(h), _rows.Select(r => TextWidth.Of(r[i])).DefaultIfEmpty(0).Max())).ToArray();
        writer.WriteLine(TerminalText.Escape(rater.Document.Name.In(language) + $" ({rater.Document.Period})"));
        writer.WriteLine(Line(header, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        return widths;
    }

    private static string Line(string[] cells, int[] widths) => string.Join("  ", cells.Select((c, i) => TextWidth.PadRight(c, widths[i]))).TrimEnd();

    // The held column is narrow: a name of the language's usual form ("{0}星") is shown without the common part.
    private string Short(string name)
    {
        var form = T(nameof(Messages.Table_CategoryNameForm)).Split("{0}");
        return form.Length == 2 && name.Length > form[0].Length + form[1].Length && name.StartsWith(form[0], StringComparison.Ordinal) && name.EndsWith(form[1], StringComparison.Ordinal)
            ? name[form[0].Length..^form[1].Length]
            : name;
    }

    private string T(string name) => Localizer.Format(language, name);
}
