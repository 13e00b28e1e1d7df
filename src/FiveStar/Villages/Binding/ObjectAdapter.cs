using FiveStar.Villages.Reading;

namespace FiveStar.Villages.Binding;

/// <summary>A village class bound once: compiled delegates that read its id, name and values, with no reflection or boxing per village.</summary>
internal sealed class ObjectAdapter<T>(Func<T, string?> id, Func<T, string?>? name, Action<T, VillageBatch, int> fill) : VillageAdapter<T>
{
    public override int Add(VillageBatch batch, HashSet64 ids, T village, long position)
    {
        if (village is null)
        {
            // Nothing is dropped: a null item is a village with no id and no values.
            var empty = VillageRowBuilder.Begin(batch, ids, null, null, 0, position);
            VillageRowBuilder.End(batch, empty, 0);
            return empty;
        }

        var row = VillageRowBuilder.Begin(batch, ids, id(village), name?.Invoke(village), 0, position);
        fill(village, batch, row);
        VillageRowBuilder.End(batch, row, 0);
        return row;
    }
}
