namespace FiveStar.Villages.Reading;

/// <summary>The ids of the villages of one input seen so far, for duplicate detection.</summary>
internal interface IVillageIdSet
{
    /// <summary>Adds an id.</summary>
    /// <param name="id">The village id (trimmed).</param>
    /// <returns><see langword="true"/> when no earlier village had it.</returns>
    bool AddId(string id);
}
