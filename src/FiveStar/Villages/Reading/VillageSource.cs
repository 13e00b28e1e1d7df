using FiveStar.Rating;

namespace FiveStar.Villages.Reading;

/// <summary>One format's way of adding the next village of a file to a batch.</summary>
internal abstract class VillageSource : IDisposable
{
    /// <summary>Gets the column (member) names the file carries, as far as they are known.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the worksheet the villages come from, for a workbook; null for text formats.</summary>
    public virtual string? Sheet => null;

    /// <summary>Gets the line (a workbook's row) of the header, for formats that have one.</summary>
    public virtual long HeaderLine => 1;

    /// <summary>Gets problems of the file rather than of a village that the format itself found (warnings).</summary>
    public virtual IReadOnlyList<DataProblem> Warnings => [];

    /// <summary>Adds the next village to the batch.</summary>
    /// <returns>The row added, or -1 at the end of the file.</returns>
    public abstract int ReadNext(VillageBatch batch, VillageRowBuilder builder);

    public abstract void Dispose();
}
