using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages.Reading;

namespace FiveStar.Villages;

/// <summary>
/// A reusable block of villages laid out for rating: one row of indicator values per village (missing values are NaN),
/// plus ids, names, source lines and data problems. Fill it, rate it, <see cref="Clear"/> it and fill it again.
/// </summary>
public sealed class VillageBatch
{
    private readonly Dictionary<int, List<DataProblem>> _problems = [];
    private readonly HashSet64 _batchIds = new();
    private readonly int _slotCount;
    private double[] _values;
    private string[] _ids;
    private string[] _names;
    private long[] _lines;
    private int[] _present;
    private bool[] _hasErrors;
    private int _checkedRows;
    private HeaderMatcher? _headers;

    /// <summary>Initializes a new instance of the <see cref="VillageBatch"/> class that holds 1,024 villages before it grows.</summary>
    /// <param name="schema">The indicator slots, from <c>StarRater.Schema</c>.</param>
    public VillageBatch(IndicatorSchema schema)
        : this(schema, 1024)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="VillageBatch"/> class.</summary>
    /// <param name="schema">The indicator slots, from <c>StarRater.Schema</c>.</param>
    /// <param name="capacity">How many villages the batch holds before it grows.</param>
    public VillageBatch(IndicatorSchema schema, int capacity)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Schema = schema;
        _slotCount = schema.Count;
        Stride = Math.Max(1, schema.Count);
        _values = new double[capacity * Stride];
        _ids = new string[capacity];
        _names = new string[capacity];
        _lines = new long[capacity];
        _present = new int[capacity];
        _hasErrors = new bool[capacity];
    }

    /// <summary>Gets the indicator slots.</summary>
    public IndicatorSchema Schema { get; }

    /// <summary>Gets the number of villages in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the number of villages the batch holds before it grows.</summary>
    public int Capacity => _ids.Length;

    internal int Stride { get; }

    internal double[] Values => _values;

    /// <summary>Gets the ids added through the batch API, for its duplicate check.</summary>
    internal HashSet64 Ids => _batchIds;

    /// <summary>Gets what the names of an in-memory village's fields stand for, matched as a file's headers are.</summary>
    internal HeaderMatcher Headers => _headers ??= new HeaderMatcher(Schema);

    /// <summary>
    /// Adds a village with every value missing. An id an earlier village of the batch already uses is recorded as a
    /// <see cref="DataProblemKind.DuplicateId"/> error, as the file readers record it.
    /// </summary>
    /// <param name="id">The village id.</param>
    /// <param name="name">The village name.</param>
    /// <returns>The village's row.</returns>
    public int Add(string id, string name) => Add(id, name, 0);

    /// <summary>
    /// Adds a village with every value missing. An id an earlier village of the batch already uses is recorded as a
    /// <see cref="DataProblemKind.DuplicateId"/> error, as the file readers record it.
    /// </summary>
    /// <param name="id">The village id.</param>
    /// <param name="name">The village name.</param>
    /// <param name="line">The line of the input it came from, or 0.</param>
    /// <returns>The village's row.</returns>
    public int Add(string id, string name, long line)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        var row = AddRow(id, name, line);
        if (!_batchIds.Add(HashSet64.HashOf(id)))
        {
            AddProblem(row, VillageRowBuilder.DuplicateId(id, LineOf(row)));
        }

        return row;
    }

    /// <summary>Adds a village without checking its id, for intakes that check ids over a whole input rather than one batch.</summary>
    internal int AddRow(string id, string name, long line)
    {
        if (Count == Capacity)
        {
            Grow();
        }

        var row = Count++;
        _ids[row] = id;
        _names[row] = name;
        _lines[row] = line;
        _present[row] = 0;
        _hasErrors[row] = false;
        _values.AsSpan(row * Stride, Stride).Fill(double.NaN);
        return row;
    }

    /// <summary>
    /// Appends a copy of a village another batch of the same schema holds, values and problems, for a reader that parses
    /// blocks elsewhere; <paramref name="first"/>, when given, is recorded before the village's own problems (the
    /// duplicate id its block could not know of).
    /// </summary>
    internal int CopyRow(VillageBatch source, int sourceRow, DataProblem? first)
    {
        var row = AddRow(source._ids[sourceRow], source._names[sourceRow], source._lines[sourceRow]);
        source._values.AsSpan(sourceRow * Stride, Stride).CopyTo(_values.AsSpan(row * Stride, Stride));
        _present[row] = source._present[sourceRow];
        if (first is not null)
        {
            AddProblem(row, first);
        }

        if (source._problems.TryGetValue(sourceRow, out var problems))
        {
            foreach (var problem in problems)
            {
                AddProblem(row, problem);
            }
        }

        return row;
    }

    /// <summary>
    /// Sets a value given as a number, checked exactly as the file readers check what they read; NaN marks it missing.
    /// A number indicator takes a finite value within its valid range (whole for a whole-number indicator); a true/false
    /// indicator takes 1 or 0; an enumeration or text indicator takes the code <see cref="Get"/> returns. A value that
    /// fails is recorded as a <see cref="DataProblem"/> error and stays missing, so the village is reported and not rated.
    /// </summary>
    /// <param name="row">The village's row.</param>
    /// <param name="slot">The indicator slot, from <see cref="IndicatorSchema.IndexOf"/>.</param>
    /// <param name="value">The value.</param>
    public void Set(int row, int slot, double value)
    {
        ClearValue(Index(row, slot), row);
        if (!double.IsNaN(value))
        {
            ValueParser.StoreCode(this, row, slot, value, LineOf(row));
        }

        _checkedRows = Math.Min(_checkedRows, row);
    }

    /// <summary>
    /// Stores a value the readers have already checked, without checking the row and slot again: a row of this batch, a
    /// slot of the schema, a value that is not NaN.
    /// </summary>
    /// <summary>
    /// Sets a value read and checked that is already as it is stored (any real number, a whole number within 32 bits,
    /// 0 or 1, an enumeration's code): <see cref="SetRead"/> without its conversion, for the CSV reader's fast path.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void SetStored(int row, int slot, double value)
    {
        ref var target = ref _values[(row * Stride) + slot];
        if (double.IsNaN(target))
        {
            _present[row]++;
        }

        target = value;
    }

    internal void SetRead(int row, int slot, double value) => SetStored(row, slot, AsStored(slot, value));

    /// <summary>Sets a value by indicator id, checked as <see cref="Set(int, int, double)"/> checks it.</summary>
    /// <param name="row">The village's row.</param>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">No reported indicator has that id.</exception>
    public void Set(int row, string indicatorId, double value) => Set(row, SlotOf(indicatorId), value);

    /// <summary>
    /// Sets a true/false value by indicator id; given to an indicator that is not true/false it is checked as the text
    /// <c>true</c> or <c>false</c>, as a JSON <c>true</c> is.
    /// </summary>
    /// <param name="row">The village's row.</param>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">No reported indicator has that id.</exception>
    public void Set(int row, string indicatorId, bool value)
    {
        var slot = SlotOf(indicatorId);
        ClearValue(Index(row, slot), row);
        ValueParser.StoreBoolean(this, row, slot, value, LineOf(row), null);
        _checkedRows = Math.Min(_checkedRows, row);
    }

    /// <summary>
    /// Sets a value given as text by indicator id, checked exactly as a CSV field is: an enumeration value's id, a number,
    /// <c>true</c>/<c>false</c> (or 1/0, yes/no, 是/否); empty text is missing. A value that fails is recorded as a
    /// <see cref="DataProblem"/> error and stays missing.
    /// </summary>
    /// <param name="row">The village's row.</param>
    /// <param name="indicatorId">The indicator id.</param>
    /// <param name="value">The value's id or text.</param>
    /// <exception cref="ArgumentException">No reported indicator has that id.</exception>
    public void Set(int row, string indicatorId, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var slot = SlotOf(indicatorId);
        ClearValue(Index(row, slot), row);
        ValueParser.Store(this, row, slot, value, LineOf(row), null);
        _checkedRows = Math.Min(_checkedRows, row);
    }

    /// <summary>Gets a stored value (NaN when missing; codes for enumeration and text).</summary>
    /// <param name="row">The village's row.</param>
    /// <param name="slot">The indicator slot.</param>
    /// <returns>The stored value.</returns>
    public double Get(int row, int slot) => _values[Index(row, slot)];

    /// <summary>Records a problem in a village's data; errors leave the village unrated.</summary>
    /// <param name="row">The village's row.</param>
    /// <param name="problem">The problem.</param>
    public void AddProblem(int row, DataProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
        if (!_problems.TryGetValue(row, out var list))
        {
            _problems[row] = list = [];
        }

        if (Sheet is not null && problem.Cell is null && problem.Line is { } line)
        {
            // A workbook's reader names the cell as the sheet shows it, or the row (Sheet!6:6) for a whole village.
            problem = problem.AtCell(problem.Column is { } column ? Reading.SheetCell.Reference(Sheet, line, column) : Reading.SheetCell.Row(Sheet, line));
        }

        list.Add(problem);
        _hasErrors[row] |= problem.Severity == ProblemSeverity.Error;
    }

    /// <summary>Gets or sets the worksheet the villages being added come from, so that problems name their cell; null for text formats.</summary>
    internal string? Sheet { get; set; }

    /// <summary>Gets a village's id.</summary>
    /// <param name="row">The village's row.</param>
    /// <returns>The id.</returns>
    public string GetId(int row) => _ids[CheckRow(row)];

    /// <summary>Gets a village's name.</summary>
    /// <param name="row">The village's row.</param>
    /// <returns>The name.</returns>
    public string GetName(int row) => _names[CheckRow(row)];

    /// <summary>Gets the input line a village came from, or 0.</summary>
    /// <param name="row">The village's row.</param>
    /// <returns>The line.</returns>
    public long GetLine(int row) => _lines[CheckRow(row)];

    /// <summary>Gets the problems recorded for a village.</summary>
    /// <param name="row">The village's row.</param>
    /// <returns>The problems, in the order found.</returns>
    public IReadOnlyList<DataProblem> GetProblems(int row) => _problems.TryGetValue(CheckRow(row), out var list) ? list : [];

    /// <summary>Gets a value indicating whether a village has data errors (and so is not rated).</summary>
    /// <param name="row">The village's row.</param>
    /// <returns><see langword="true"/> when it has at least one error.</returns>
    public bool HasErrors(int row) => _hasErrors[CheckRow(row)];

    /// <summary>Gets a value indicating whether a village has any problem, warnings included.</summary>
    /// <param name="row">The village's row.</param>
    /// <returns><see langword="true"/> when it has at least one problem.</returns>
    public bool HasProblems(int row) => _problems.ContainsKey(CheckRow(row));

    /// <summary>Removes every village, keeping the memory for the next block.</summary>
    public void Clear()
    {
        Array.Clear(_ids, 0, Count);
        Array.Clear(_names, 0, Count);
        _problems.Clear();
        _batchIds.Clear();
        _checkedRows = 0;
        Count = 0;
    }

    /// <summary>
    /// Records the required indicators that villages added or changed since the last check have no value for, as the
    /// file readers record them at the end of each village; the rater calls it before rating. Rows that hold every value
    /// cost one comparison.
    /// </summary>
    internal void CheckRequired()
    {
        if (Schema.RequiredSlots.Length == 0)
        {
            _checkedRows = Count;
            return;
        }

        for (var row = _checkedRows; row < Count; row++)
        {
            if (!IsComplete(row))
            {
                ValueParser.CheckRequired(this, row, LineOf(row));
            }
        }

        _checkedRows = Count;
    }

    /// <summary>Gets a value indicating whether every slot of the row has a value, so the fast path may rate it.</summary>
    internal bool IsComplete(int row) => _present[row] == _slotCount;

    /// <summary>Counts values a compiled binding wrote straight into a fresh row (<see cref="Values"/>), each into a missing slot.</summary>
    internal void AddPresent(int row, int count) => _present[row] += count;

    internal bool HasErrorsUnchecked(int row) => _hasErrors[row];

    /// <summary>
    /// The value as the criteria read it, which the fused path relies on: true/false as exactly 1 or 0 (so it may test
    /// "> 0.5"), whole numbers as 32-bit integers, truncated and saturated as C# converts them (so it may compare the
    /// stored double directly). NaN (missing) stays NaN.
    /// </summary>
    private double AsStored(int slot, double value) => double.IsNaN(value) ? value : Schema.Types[slot] switch
    {
        IndicatorType.Boolean => value != 0 ? 1 : 0,
        IndicatorType.WholeNumber => Math.Clamp(Math.Truncate(value), int.MinValue, int.MaxValue),
        _ => value,
    };

    private int SlotOf(string indicatorId)
    {
        ArgumentNullException.ThrowIfNull(indicatorId);
        var slot = Schema.IndexOf(indicatorId);
        return slot >= 0
            ? slot
            : throw new ArgumentException(Localizer.Format(Language.Current, nameof(Messages.Data_UnknownIndicator), indicatorId, NameSuggester.Hint(Language.Current, indicatorId, Schema.Indicators.Select(i => i.Id))), nameof(indicatorId));
    }

    /// <summary>Makes a slot missing again before a new value is checked and stored.</summary>
    private void ClearValue(int index, int row)
    {
        if (!double.IsNaN(_values[index]))
        {
            _values[index] = double.NaN;
            _present[row]--;
        }
    }

    private long? LineOf(int row) => _lines[row] == 0 ? null : _lines[row];

    private int Index(int row, int slot)
    {
        CheckRow(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)slot, (uint)Schema.Count, nameof(slot));
        return (row * Stride) + slot;
    }

    private int CheckRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
        return row;
    }

    private void Grow()
    {
        var capacity = Capacity * 2;
        Array.Resize(ref _values, capacity * Stride);
        Array.Resize(ref _ids, capacity);
        Array.Resize(ref _names, capacity);
        Array.Resize(ref _lines, capacity);
        Array.Resize(ref _present, capacity);
        Array.Resize(ref _hasErrors, capacity);
    }
}
