using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Adds one village to a batch from named fields, the way every format needs: id and name, values by column, unknown
/// columns ignored (the reader warns once), duplicate ids and missing required values recorded as problems.
/// </summary>
internal sealed class VillageRowBuilder(IndicatorSchema schema, int idMemoryBound = DuplicateIdSet.DefaultMemoryBound) : IDisposable
{
    // Exact duplicate detection in bounded memory: past the bound, ids spill to temporary files (DuplicateIdSet).
    private readonly DuplicateIdSet _seenIds = new(idMemoryBound);

    private readonly Dictionary<string, (bool Number, bool Boolean, bool Text)> _evidence = new(StringComparer.Ordinal);

    // The members of the village being read, by what they give (an indicator, the id, the name, or an unknown name
    // ignoring case), to find one given twice.
    private readonly Dictionary<string, string> _members = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _slotKeys = Enumerable.Range(0, schema.Count).Select(slot => "\0" + slot.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Gets the indicator slots the villages are read for.</summary>
    public IndicatorSchema Schema => schema;

    /// <summary>Gets the ids of the input seen so far, in input order: the one check a reader must make in order.</summary>
    public IVillageIdSet Ids => _seenIds;

    /// <summary>Gets a value indicating whether the values of unknown columns are observed to infer their types.</summary>
    public bool Inferring => schema.Count == 0;

    /// <summary>Gets what each header stands for: the one matcher every reader uses.</summary>
    public HeaderMatcher Headers { get; } = new(schema);

    public int SlotOf(string column) => Headers.SlotOf(column);

    /// <summary>Tells whether a header names the village's id (<c>id</c>, <c>编号</c>).</summary>
    public bool IsId(string column) => Headers.Match(column).Kind == HeaderKind.Id;

    /// <summary>Tells whether a header names the village's name (<c>name</c>, <c>村名</c>).</summary>
    public bool IsName(string column) => Headers.Match(column).Kind == HeaderKind.Name;

    /// <summary>Starts the members of a village: returns the (emptied) map of what its members give to the first member giving it.</summary>
    public Dictionary<string, string> BeginMembers()
    {
        _members.Clear();
        return _members;
    }

    /// <summary>What a member gives, as a key: two members with the same key give the same value (the same indicator, the id, the name, or one unknown name spelt in two letter cases).</summary>
    public string MemberKey(string member)
    {
        var match = Headers.Match(member);
        return match.Kind switch
        {
            HeaderKind.Id => "\0id",
            HeaderKind.Name => "\0name",
            HeaderKind.Indicator => _slotKeys[match.Slot],
            _ => member,
        };
    }

    /// <summary>Records what a value of a column looks like, to type the column later.</summary>
    public void Observe(string column, ReadOnlySpan<char> text, bool isJsonNumber = false)
    {
        text = text.Trim();
        var seen = _evidence.GetValueOrDefault(column);
        if (isJsonNumber || double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            seen.Number = true;
        }
        else if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            // Only true/false, as a RulesEngine input deserialized from the file would hold a bool; yes/no stay text,
            // so that input1.tank == "yes" means what it says.
            seen.Boolean = true;
        }
        else if (!text.IsEmpty)
        {
            seen.Text = true;
        }

        _evidence[column] = seen;
    }

    /// <summary>Types a column from the values observed: text if any value was text (yes/no included), boolean if all were true/false, else number.</summary>
    public Indicators.IndicatorType TypeOf(string column)
    {
        var seen = _evidence.GetValueOrDefault(column);
        return seen.Text || (seen.Boolean && seen.Number) ? Indicators.IndicatorType.Text
            : seen.Boolean ? Indicators.IndicatorType.Boolean
            : Indicators.IndicatorType.Number;
    }

    /// <summary>
    /// Starts a village: the id and name trimmed (a village without an id is named after its line, or its position in
    /// an in-memory input, and reported), and an id an earlier village of the same input used reported as a duplicate.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="id">The id as the input gives it.</param>
    /// <param name="name">The name as the input gives it.</param>
    /// <param name="line">The input line.</param>
    /// <param name="idColumn">The 1-based column of the id, where a duplicate is reported.</param>
    public int Begin(VillageBatch batch, string? id, string? name, long line, int? idColumn = null) => Begin(batch, _seenIds, id, name, line, 0, idColumn);

    /// <summary>Starts a village as <see cref="Begin(VillageBatch, string?, string?, long, int?)"/> does, checking its id against <paramref name="ids"/>.</summary>
    public static int Begin(VillageBatch batch, IVillageIdSet ids, string? id, string? name, long line, long position, int? idColumn = null)
    {
        var hasId = !string.IsNullOrWhiteSpace(id);
        var villageId = hasId ? id!.Trim() : line > 0 || position <= 0 ? $"line-{line}" : $"item-{position}";
        var row = batch.AddRow(villageId, string.IsNullOrWhiteSpace(name) ? villageId : name.Trim(), line);
        long? at = line > 0 ? line : null;
        if (!hasId)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Data_NoId)), "id", at, null));
        }
        else if (!ids.AddId(villageId))
        {
            batch.AddProblem(row, DuplicateId(villageId, at, idColumn));
        }

        return row;
    }

    /// <summary>The problem of an id an earlier village already used, at the id's column when the file has one.</summary>
    public static DataProblem DuplicateId(string id, long? line, int? column = null) =>
        new(DataProblemKind.DuplicateId, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Data_DuplicateId), id), "id", line, column);

    /// <summary>Per indicator slot, the 1-based column that gives it (the first, if two do), 0 when none does.</summary>
    /// <param name="slotOfColumn">Per column, the slot it gives or -1; index <paramref name="firstColumn"/> is column 1.</param>
    /// <param name="slots">The number of slots.</param>
    /// <param name="firstColumn">The index of column 1 in <paramref name="slotOfColumn"/> (0, or 1 for an array indexed by column number).</param>
    public static int[] ColumnsOfSlots(ReadOnlySpan<int> slotOfColumn, int slots, int firstColumn)
    {
        var columns = new int[slots];
        for (var i = slotOfColumn.Length - 1; i >= firstColumn; i--)
        {
            if (slotOfColumn[i] >= 0)
            {
                columns[slotOfColumn[i]] = i - firstColumn + 1;
            }
        }

        return columns;
    }

    /// <summary>Ends a village: reports the required indicators it has no value for (at their columns, when given).</summary>
    public static void End(VillageBatch batch, int row, long line, ReadOnlySpan<int> slotColumns = default) =>
        ValueParser.CheckRequired(batch, row, line > 0 ? line : null, slotColumns);

    /// <summary>Deletes the id set's temporary files.</summary>
    public void Dispose() => _seenIds.Dispose();
}
