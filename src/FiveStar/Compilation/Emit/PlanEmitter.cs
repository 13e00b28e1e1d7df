using FiveStar.Compilation.Binding;
using FiveStar.Compilation.Plan;
using FiveStar.Compilation.Schema;
using FiveStar.Criteria;
using FiveStar.Expressions;
using FiveStar.Villages;

namespace FiveStar.Compilation.Emit;

/// <summary>
/// The last stage: compiles the bound predicates into the delegates a rater runs (fused words for complete rows, guarded
/// ones for the rest, derived values and, where it can, a branch-free award), runs each once so the JIT is done here,
/// and puts everything into one <see cref="CompiledPlan"/>.
/// </summary>
internal static class PlanEmitter
{
    /// <summary>Emits the plan of a bound document.</summary>
    /// <exception cref="OperationCanceledException">The compile was cancelled.</exception>
    public static CompiledPlan Emit(CriteriaDocument document, ResolvedSchema resolved, BoundDocument bound, IReadOnlyList<CategoryPlan> plans, CancellationToken cancellationToken)
    {
        // The rows' layout with the codes of the text constants the criteria compare with; the schema bound against stays as built.
        var schema = new IndicatorSchema(resolved.Reported, resolved.Derived, bound.Binder.Texts.BySlot);
        var emitter = new DelegateEmitter(bound.Binder, bound.Scopes, bound.Predicates);
        cancellationToken.ThrowIfCancellationRequested();
        var fast = emitter.EmitFastWords(cancellationToken);
        var safe = emitter.EmitSafe().Select(e => Cancellable(DelegateCompiler.Compile, e, cancellationToken)).ToArray();
        var derivedParts = emitter.EmitDerived(resolved.Derived).Select(e => Cancellable(DelegateCompiler.Compile, e, cancellationToken)).ToArray();
        WarmUp(schema, fast, safe, derivedParts, bound.Predicates.Count, resolved.Derived.Count);
        return new CompiledPlan
        {
            Document = document,
            Schema = schema,
            Predicates = bound.Predicates,
            CriterionCount = bound.CriterionCount,
            Categories = plans,
            Fast = fast,
            Safe = Combine(safe, static (_, _, _, _, _) => { }),
            Derived = Combine(derivedParts, static (_, _, _) => { }),
            Helpers = resolved.HelperOwners,
            OneWordAward = OneWordAwardEmitter.TryEmit(document, plans, fast.Length),
        };
    }

    /// <summary>
    /// Runs every compiled delegate once, on a row of missing values, on this thread, so the JIT turns them into machine
    /// code here, on the compiler's large stack, and not at the first village on whatever thread rates it.
    /// </summary>
    private static void WarmUp(IndicatorSchema schema, FastWord[] fast, SafeEvaluator[] safe, DerivedEvaluator[] derived, int predicateCount, int derivedCount)
    {
        var row = new double[Math.Max(1, schema.Count)];
        Array.Fill(row, double.NaN);
        var states = new byte[Math.Max(1, predicateCount)];
        var errors = new Exception?[Math.Max(1, predicateCount)];
        var values = new double[Math.Max(1, derivedCount)];
        foreach (var word in fast)
        {
            try
            {
                word(ref row[0]);
            }
#pragma warning disable CA1031 // The fast path may throw on any row; the guarded path handles that when rating.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        foreach (var part in safe)
        {
            part(row, 0, states, 0, errors);
        }

        foreach (var part in derived)
        {
            part(row, 0, values);
        }
    }

    private static TResult Cancellable<T, TResult>(Func<T, TResult> step, T input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return step(input);
    }

    /// <summary>
    /// One delegate that runs every part in order (a multicast delegate, which stops at the first that throws as a loop
    /// would); a document with no parts gets <paramref name="none"/>.
    /// </summary>
    private static T Combine<T>(T[] parts, T none)
        where T : Delegate => (T?)Delegate.Combine(parts) ?? none;
}
