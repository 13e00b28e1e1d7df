namespace FiveStar.Compilation.Plan;

/// <summary>Evaluates up to 64 predicates of a complete row and returns the bits of those that passed.</summary>
/// <param name="row">The village's first value; the row holds every slot of the schema.</param>
/// <returns>One bit per predicate of the word.</returns>
internal delegate ulong FastWord(ref double row);
