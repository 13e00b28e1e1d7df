namespace FiveStar.Compilation.Plan;

/// <summary>Computes the derived indicators of one row.</summary>
/// <param name="values">The rows.</param>
/// <param name="offset">The offset of the village's row.</param>
/// <param name="derived">Where the values go, NaN when missing.</param>
internal delegate void DerivedEvaluator(double[] values, int offset, double[] derived);
