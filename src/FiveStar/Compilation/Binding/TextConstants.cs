namespace FiveStar.Compilation.Binding;

/// <summary>
/// The text constants criteria compare text indicators with, each given a code per slot in the order first met while
/// binding. Rows store a text value as its code, so the schema the rater reads rows with is built from these once
/// binding is done (<see cref="Villages.IndicatorSchema"/> never changes after it is built).
/// </summary>
internal sealed class TextConstants
{
    private readonly Dictionary<int, Dictionary<string, int>> _codes = [];

    /// <summary>Gets, per slot that has any, the constants in code order.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string>> BySlot =>
        _codes.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value.OrderBy(c => c.Value).Select(c => c.Key).ToArray());

    /// <summary>The code of a text constant in a slot, given a new one the first time it is met.</summary>
    /// <param name="slot">The slot of a text indicator.</param>
    /// <param name="text">The constant, compared exactly.</param>
    /// <returns>The code.</returns>
    public int Register(int slot, string text)
    {
        if (!_codes.TryGetValue(slot, out var codes))
        {
            _codes[slot] = codes = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        if (!codes.TryGetValue(text, out var code))
        {
            code = codes.Count;
            codes[text] = code;
        }

        return code;
    }
}
