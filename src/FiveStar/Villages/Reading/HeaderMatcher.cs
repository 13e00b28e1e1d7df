using System.Text;
using FiveStar.Indicators;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>
/// The one place that tells what a column header (or JSON member name) stands for, for every reader: an indicator by
/// its id or its Chinese or English name, with or without its unit in brackets (half- or full-width), or the village's
/// id (<c>id</c>, <c>编号</c>) or name (<c>name</c>, <c>村名</c>). Case, spaces and full-width forms do not matter.
/// Results are cached per header text, so JSON readers may ask once per member per village.
/// </summary>
internal sealed class HeaderMatcher
{
    private static readonly string[] s_idHeaders = ["id", "编号", "村编号", "村代码", "代码", "village_id"];
    private static readonly string[] s_nameHeaders = ["name", "村名", "村名称", "名称", "村庄名称", "行政村", "village_name", "village"];

    // Scale words: a unit in the header with one of these where the indicator's unit has none means the values are
    // scaled (万元 for 元), which no reader may guess.
    private static readonly string[] s_scales = ["万", "千", "百", "亿", "十", "thousand", "million", "billion", "hundred", "10k", "k"];

    private readonly IndicatorSchema _schema;
    private readonly Dictionary<string, List<int>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HeaderMatch> _cache = new(StringComparer.Ordinal);
    private readonly HashSet<string> _idKeys;
    private readonly HashSet<string> _nameKeys;

    public HeaderMatcher(IndicatorSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
        _idKeys = new HashSet<string>(s_idHeaders.Select(Normalize), StringComparer.Ordinal);
        _nameKeys = new HashSet<string>(s_nameHeaders.Select(Normalize), StringComparer.Ordinal);
        for (var slot = 0; slot < schema.Indicators.Count; slot++)
        {
            var indicator = schema.Indicators[slot];
            foreach (var key in KeysOf(indicator))
            {
                if (!_keys.TryGetValue(key, out var slots))
                {
                    _keys[key] = slots = [];
                }

                if (!slots.Contains(slot))
                {
                    slots.Add(slot);
                }
            }
        }
    }

    /// <summary>Tells what a header stands for.</summary>
    public HeaderMatch Match(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (_cache.TryGetValue(header, out var cached))
        {
            return cached;
        }

        var match = Find(header);
        if (_cache.Count < 4096)
        {
            _cache[header] = match;
        }

        return match;
    }

    /// <summary>Gets the slot a header names, or -1 when it names no indicator (or is ambiguous).</summary>
    public int SlotOf(string header) => Match(header) is { Kind: HeaderKind.Indicator } match ? match.Slot : -1;

    /// <summary>Gives a "; did you mean ...?" hint for an unknown header, over ids and names, in the language.</summary>
    public string Hint(string header, Language language)
    {
        var known = _schema.Indicators.Select(i => i.Id)
            .Concat(_schema.Indicators.Select(i => i.Name.Zh))
            .Concat(_schema.Indicators.Select(i => i.Name.En))
            .Concat(_schema.Derived.Select(i => i.Id))
            .Where(k => !string.IsNullOrEmpty(k))
            .ToList();
        return NameSuggester.Hint(language, header.Trim(), known);
    }

    /// <summary>
    /// Folds a header for comparison: compatibility forms (full-width letters, digits and brackets become ASCII),
    /// quotes and spaces removed, lower case.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '“' or '”' or '‘' or '’' or '\u200B' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c switch
            {
                '【' or '[' or '〔' => '(',
                '】' or ']' or '〕' => ')',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    private HeaderMatch Find(string header)
    {
        var key = Normalize(header);
        if (key.Length == 0)
        {
            return new HeaderMatch(HeaderKind.Unknown, -1, header, null, []);
        }

        if (_keys.TryGetValue(key, out var exact))
        {
            return Resolve(header, exact, null);
        }

        // The unit may follow in brackets: 村集体经济年收入（元/年）, 村集体经济年收入(元), income (yuan).
        if (key.EndsWith(')') && key.LastIndexOf('(') is var open and > 0)
        {
            var stem = key[..open];
            var unit = key[(open + 1)..^1];
            if (_keys.TryGetValue(stem, out var slots))
            {
                return Resolve(header, slots, unit);
            }
        }

        if (_idKeys.Contains(key))
        {
            return new HeaderMatch(HeaderKind.Id, -1, header, null, []);
        }

        if (_nameKeys.Contains(key))
        {
            return new HeaderMatch(HeaderKind.Name, -1, header, null, []);
        }

        return new HeaderMatch(HeaderKind.Unknown, -1, header, null, []);
    }

    private HeaderMatch Resolve(string header, List<int> slots, string? unit)
    {
        if (slots.Count > 1)
        {
            return new HeaderMatch(HeaderKind.Ambiguous, -1, header, null, slots.Select(s => _schema.Indicators[s].Id).ToArray());
        }

        var slot = slots[0];
        var indicator = _schema.Indicators[slot];
        if (unit is null || UnitFits(indicator, unit))
        {
            return new HeaderMatch(HeaderKind.Indicator, slot, header, null, []);
        }

        var scaled = s_scales.Any(s => unit.Contains(s, StringComparison.Ordinal) && !Normalize(indicator.Unit.Zh).Contains(s, StringComparison.Ordinal) && !Normalize(indicator.Unit.En).Contains(s, StringComparison.Ordinal));
        return new HeaderMatch(scaled ? HeaderKind.ScaledUnit : HeaderKind.Indicator, scaled ? -1 : slot, header, unit, [indicator.Id]);
    }

    private static bool UnitFits(IndicatorDefinition indicator, string unit)
    {
        foreach (var declared in new[] { indicator.Unit.Zh, indicator.Unit.En })
        {
            var own = Normalize(declared);
            if (own.Length == 0)
            {
                continue;
            }

            // 元 for 元/年, yuan for yuan per year: the unit without its "per" part.
            if (own == unit || own.StartsWith(unit + "/", StringComparison.Ordinal) || own.StartsWith(unit + "per", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return indicator.Type == IndicatorType.Percent && unit == "%";
    }

    private static IEnumerable<string> KeysOf(IndicatorDefinition indicator)
    {
        yield return Normalize(indicator.Id);
        foreach (var name in new[] { indicator.Name.Zh, indicator.Name.En })
        {
            var key = Normalize(name);
            if (key.Length == 0)
            {
                continue;
            }

            yield return key;

            // A name that itself ends in brackets (农家书屋（图书室）) is also found by its short form.
            if (key.EndsWith(')') && key.LastIndexOf('(') is var open and > 0)
            {
                yield return key[..open];
            }
        }
    }
}
