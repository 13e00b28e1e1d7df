using FiveStar.Indicators;

namespace FiveStar.Villages;

/// <summary>
/// The reported indicators a compiled rater reads, each in a fixed slot of a village's row. Enumeration and text values
/// are stored as codes: the position of an enumeration value, or of a text constant the criteria compare with. It does
/// not change once built.
/// </summary>
public sealed class IndicatorSchema
{
    private readonly Dictionary<string, int> _slots;
    private readonly Dictionary<string, int>?[] _codes;
    private readonly Dictionary<string, int>?[] _valueNames;

    internal IndicatorSchema(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<IndicatorDefinition> derived)
        : this(indicators, derived, new Dictionary<int, IReadOnlyList<string>>())
    {
    }

    /// <summary>Initializes a new instance of the <see cref="IndicatorSchema"/> class whose text indicators know the constants criteria compare them with.</summary>
    /// <param name="indicators">The reported indicators, in slot order.</param>
    /// <param name="derived">The derived indicators.</param>
    /// <param name="texts">Per slot of a text indicator, the constants its criteria compare it with, in code order.</param>
    internal IndicatorSchema(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<IndicatorDefinition> derived, IReadOnlyDictionary<int, IReadOnlyList<string>> texts)
    {
        Indicators = indicators;
        Derived = derived;
        _slots = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _codes = new Dictionary<string, int>?[indicators.Count];
        _valueNames = new Dictionary<string, int>?[indicators.Count];
        Types = indicators.Select(i => i.Type).ToArray();
        Minimums = indicators.Select(i => i.EffectiveMinimum ?? double.NegativeInfinity).ToArray();
        Maximums = indicators.Select(i => i.EffectiveMaximum ?? double.PositiveInfinity).ToArray();
        RequiredSlots = Enumerable.Range(0, indicators.Count).Where(i => indicators[i].Required).ToArray();
        for (var i = 0; i < indicators.Count; i++)
        {
            _slots[indicators[i].Id] = i;
            if (indicators[i].Type == IndicatorType.Enumeration)
            {
                _codes[i] = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var v = 0; v < indicators[i].Values.Count; v++)
                {
                    _codes[i]![indicators[i].Values[v].Id] = v;
                }

                // In data a value may also be given by its Chinese or English name (优秀, Excellent); no name hides an id.
                _valueNames[i] = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var v = 0; v < indicators[i].Values.Count; v++)
                {
                    foreach (var name in new[] { indicators[i].Values[v].Name.Zh, indicators[i].Values[v].Name.En })
                    {
                        if (!string.IsNullOrWhiteSpace(name) && !_codes[i]!.ContainsKey(name.Trim()))
                        {
                            _valueNames[i]!.TryAdd(name.Trim(), v);
                        }
                    }
                }
            }
            else if (indicators[i].Type == IndicatorType.Text)
            {
                _codes[i] = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var text in texts.GetValueOrDefault(i) ?? [])
                {
                    _codes[i]!.TryAdd(text, _codes[i]!.Count);
                }
            }
        }
    }

    /// <summary>Gets the reported indicators, in slot order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Gets the derived indicators, computed from the reported ones.</summary>
    public IReadOnlyList<IndicatorDefinition> Derived { get; }

    /// <summary>Gets each slot's type, for the readers' per-field path (no interface call per field).</summary>
    internal IndicatorType[] Types { get; }

    /// <summary>Gets each slot's effective minimum, or negative infinity.</summary>
    internal double[] Minimums { get; }

    /// <summary>Gets each slot's effective maximum, or positive infinity.</summary>
    internal double[] Maximums { get; }

    /// <summary>Gets the slots of required indicators.</summary>
    internal int[] RequiredSlots { get; }

    /// <summary>Gets the number of slots in a village's row.</summary>
    public int Count => Indicators.Count;

    /// <summary>Finds the slot of a reported indicator.</summary>
    /// <param name="indicatorId">The indicator id (case-insensitive).</param>
    /// <returns>The slot, or -1 when no reported indicator has that id.</returns>
    public int IndexOf(string indicatorId) => _slots.TryGetValue(indicatorId, out var slot) ? slot : -1;

    /// <summary>Finds the code of an enumeration value or text in a slot.</summary>
    /// <param name="slot">The slot of an enumeration or text indicator.</param>
    /// <param name="text">The value's id or text.</param>
    /// <returns>The code, or -1 when the text is none of the known values or constants.</returns>
    public int CodeOf(int slot, string text) => _codes[slot] is { } codes && codes.TryGetValue(text, out var code) ? code : -1;

    /// <summary>
    /// Returns the code of a value's text without making a string of it, for the readers' per-field path: an
    /// enumeration value by its id or, in data, by its Chinese or English name.
    /// </summary>
    internal int CodeOf(int slot, ReadOnlySpan<char> text) =>
        _codes[slot] is { } codes && codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var code) ? code
        : _valueNames[slot] is { } names && names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var named) ? named
        : -1;

    /// <summary>Returns the text a code stands for in a slot, for explanations.</summary>
    /// <param name="slot">The slot of an enumeration or text indicator.</param>
    /// <param name="code">The code.</param>
    /// <returns>The value's id or text, or <see langword="null"/> when unknown.</returns>
    public string? TextOf(int slot, int code)
    {
        if (_codes[slot] is not { } codes)
        {
            return null;
        }

        foreach (var pair in codes)
        {
            if (pair.Value == code)
            {
                return pair.Key;
            }
        }

        return null;
    }
}
