namespace FiveStar.Compilation.Plan;

/// <summary>Evaluates every predicate of one row with guards, writing one <see cref="Rating.CriterionState"/> per predicate.</summary>
/// <param name="values">The rows.</param>
/// <param name="offset">The offset of the village's row.</param>
/// <param name="states">Where the states go.</param>
/// <param name="stateOffset">The offset of the first state.</param>
/// <param name="errors">Where the exception of each failed predicate goes.</param>
internal delegate void SafeEvaluator(double[] values, int offset, byte[] states, int stateOffset, Exception?[] errors);
