namespace FiveStar.Rating;

/// <summary>
/// One thread's scratch for the guarded evaluator: a state and an exception per predicate. The batch evaluator and the
/// explainer share it, so a thread holds one however many raters it uses.
/// </summary>
internal sealed class PredicateStates
{
    [ThreadStatic]
    private static PredicateStates? t_current;

    private PredicateStates(int size)
    {
        States = new byte[size];
        Errors = new Exception?[size];
    }

    /// <summary>Gets each predicate's <see cref="CriterionState"/>, as a byte.</summary>
    public byte[] States { get; }

    /// <summary>Gets the exception each predicate threw, if any.</summary>
    public Exception?[] Errors { get; }

    /// <summary>Gets this thread's scratch, grown to hold <paramref name="predicates"/> predicates.</summary>
    /// <param name="predicates">How many predicates the rater evaluates.</param>
    /// <returns>The scratch; its contents are what the last evaluation on this thread left.</returns>
    public static PredicateStates For(int predicates)
    {
        var scratch = t_current;
        if (scratch is null || scratch.States.Length < predicates)
        {
            t_current = scratch = new PredicateStates(Math.Max(64, predicates));
        }

        return scratch;
    }

    /// <summary>Turns the states of the first <paramref name="count"/> predicates into bit masks, one word per 64.</summary>
    /// <param name="count">How many predicates.</param>
    /// <param name="passed">Receives the passed bits.</param>
    /// <param name="missing">Receives the missing bits.</param>
    /// <param name="errors">Receives the error bits.</param>
    public void ToMasks(int count, Span<ulong> passed, Span<ulong> missing, Span<ulong> errors)
    {
        passed.Clear();
        missing.Clear();
        errors.Clear();
        var states = States;
        for (var i = 0; i < count; i++)
        {
            var bit = 1UL << (i % 64);
            switch ((CriterionState)states[i])
            {
                case CriterionState.Passed:
                    passed[i / 64] |= bit;
                    break;
                case CriterionState.Missing:
                    missing[i / 64] |= bit;
                    break;
                case CriterionState.Error:
                    errors[i / 64] |= bit;
                    break;
            }
        }
    }
}
