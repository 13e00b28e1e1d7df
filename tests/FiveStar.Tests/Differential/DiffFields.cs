using System.Dynamic;
using System.Globalization;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Villages;

namespace FiveStar.Tests.Differential;

/// <summary>
/// The data column names a random workflow reads for the eight fields of <see cref="DiffVillage"/> (three reals, three
/// integers, two booleans): the letters A–Q, ids of indicators the registered plug-ins declare (of the same type, in any
/// letter case, so that the plug-in types the column as the village data does), ids of derived indicators, or other names.
/// A plug-in's valid range does not apply to such a column, so values outside it are drawn too.
/// </summary>
internal sealed class DiffFields
{
    private static readonly string[] Letters = ["A", "B", "C", "I", "J", "K", "P", "Q"];
    private static readonly string[] OtherNames = ["income", "Wells", "households_connected", "tank_litres", "IsCoop", "x1"];

    private readonly string[] _names;

    private DiffFields(string[] names)
    {
        _names = names;
        Columns = names.Select((n, i) => new VillageColumn(n, i < 3 ? IndicatorType.Number : i < 6 ? IndicatorType.WholeNumber : IndicatorType.Boolean)).ToArray();
    }

    /// <summary>Gets the letters A–Q, as <see cref="DiffVillage.Columns"/> names them.</summary>
    public static DiffFields Letter { get; } = new(Letters);

    /// <summary>Gets the columns FiveStar compiles against, typed as the village data would be.</summary>
    public IReadOnlyList<VillageColumn> Columns { get; }

    /// <summary>Gets the name of field <paramref name="letter"/> (A, B, C, I, J, K, P or Q).</summary>
    public string this[string letter] => _names[Array.IndexOf(Letters, letter)];

    /// <summary>Gets how many fields are named after an indicator a plug-in declares.</summary>
    public int PluginNamed { get; private init; }

    /// <summary>Draws names: a letter, a plug-in indicator of the field's type, a derived indicator's id or another name.</summary>
    public static DiffFields Random(Random random, CategoryCatalog catalog)
    {
        var reported = catalog.Categories.SelectMany(c => c.Indicators).Where(i => !i.IsDerived).ToList();
        var derived = catalog.Categories.SelectMany(c => c.Indicators).Where(i => i.IsDerived).Select(i => i.Id).ToList();
        var names = new string[8];
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pluginNamed = 0;
        for (var i = 0; i < 8; i++)
        {
            var fits = reported.Where(d => i < 3 ? d.Type is IndicatorType.Number or IndicatorType.Percent or IndicatorType.Money
                : i < 6 ? d.Type == IndicatorType.WholeNumber : d.Type == IndicatorType.Boolean).Where(d => !used.Contains(d.Id)).ToList();
            var choice = random.Next(10);
            string name;
            if (choice < 5 && fits.Count > 0)
            {
                var indicator = fits[random.Next(fits.Count)];
                name = AnyCase(random, indicator.Id);
                pluginNamed++;
            }
            else if (choice < 7 && derived.Except(used, StringComparer.OrdinalIgnoreCase).ToList() is { Count: > 0 } free)
            {
                // A derived indicator's formula never comes with its id: the column is plain data, typed from the data.
                name = free[random.Next(free.Count)];
            }
            else if (choice < 8)
            {
                name = OtherNames[random.Next(OtherNames.Length)];
            }
            else
            {
                name = Letters[i];
            }

            if (!used.Add(name))
            {
                name = Letters[i];
                used.Add(name);
            }

            names[i] = name;
        }

        return new DiffFields(names) { PluginNamed = pluginNamed };
    }

    /// <summary>Writes a name in some letter case: as is, lower, upper, or with a capital first letter.</summary>
    public static string AnyCase(Random random, string name) => random.Next(4) switch
    {
        0 => name.ToUpperInvariant(),
        1 => string.Concat(name[..1].ToUpperInvariant(), name[1..]),
        2 => name.ToLowerInvariant(),
        _ => name,
    };

    /// <summary>The village as RulesEngine's <c>input1</c>: an object whose properties carry these names and the field types.</summary>
    public ExpandoObject ToInput(DiffVillage village)
    {
        var input = new ExpandoObject();
        IDictionary<string, object?> values = input;
        object[] fields = [village.A, village.B, village.C, village.I, village.J, village.K, village.P, village.Q];
        for (var i = 0; i < 8; i++)
        {
            values[_names[i]] = fields[i];
        }

        return input;
    }

    /// <summary>Adds the village to a FiveStar batch under these names.</summary>
    public void AddTo(VillageBatch batch, DiffVillage village, string id)
    {
        var row = batch.Add(id, id);
        batch.Set(row, _names[0], village.A);
        batch.Set(row, _names[1], village.B);
        batch.Set(row, _names[2], village.C);
        batch.Set(row, _names[3], village.I);
        batch.Set(row, _names[4], village.J);
        batch.Set(row, _names[5], village.K);
        batch.Set(row, _names[6], village.P);
        batch.Set(row, _names[7], village.Q);
    }

    public override string ToString() => string.Join(", ", _names.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{Letters[i]}={n}")));
}
