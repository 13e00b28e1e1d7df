namespace FiveStar.Compilation;

/// <summary>Evaluates up to 64 predicates of a complete row and returns the bits of those that passed.</summary>
/// <param name="values">The rows.</param>
/// <param name="offset">The offset of the village's row.</param>
/// <returns>One bit per predicate of the word.</returns>
internal delegate ulong FastWord(double[] values, int offset);
