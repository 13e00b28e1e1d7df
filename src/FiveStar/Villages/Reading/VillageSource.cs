namespace FiveStar.Villages.Reading;

/// <summary>One format's way of adding the next village of a file to a batch.</summary>
internal abstract class VillageSource : IDisposable
{
    /// <summary>Gets the column (member) names the file carries, as far as they are known.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>Adds the next village to the batch.</summary>
    /// <returns>The row added, or -1 at the end of the file.</returns>
    public abstract int ReadNext(VillageBatch batch, VillageRowBuilder builder);

    public abstract void Dispose();
}
