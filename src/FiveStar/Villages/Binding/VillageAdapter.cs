namespace FiveStar.Villages.Binding;

/// <summary>One kind of village input (a bound class, a dictionary, a JSON element): adds one village to a batch.</summary>
/// <typeparam name="T">The input type.</typeparam>
internal abstract class VillageAdapter<T>
{
    /// <summary>
    /// Adds a village: its id and name (checked against <paramref name="ids"/>, the ids of the input so far), every
    /// value through the readers' checks, and the required indicators.
    /// </summary>
    /// <param name="batch">The batch.</param>
    /// <param name="ids">The ids seen so far in the same input.</param>
    /// <param name="village">The village.</param>
    /// <param name="position">Its 1-based position in the input, naming it when it has no id.</param>
    /// <returns>The row.</returns>
    public abstract int Add(VillageBatch batch, Reading.HashSet64 ids, T village, long position);
}
