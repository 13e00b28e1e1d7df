using System.Linq.Expressions;
using FiveStar.Compilation.Binding;
using FiveStar.Compilation.Plan;
using FiveStar.Expressions;
using FiveStar.Indicators;
using FiveStar.Rating;

namespace FiveStar.Compilation.Emit;

/// <summary>Emits the compiled delegates a rater runs: fused words for complete rows, one guarded delegate for the rest, and derived values.</summary>
internal sealed class DelegateEmitter(ExpressionBinder binder, IReadOnlyList<GlobalScope> scopes, IReadOnlyList<CompiledPredicate> predicates)
{
    /// <summary>One delegate per 64 predicates: evaluates them without guards and returns the bits of those that passed.</summary>
    public FastWord[] EmitFastWords(CancellationToken cancellationToken)
    {
        var words = Math.Max(1, (predicates.Count + 63) / 64);
        var result = new FastWord[words];
        for (var w = 0; w < words; w++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inWord = predicates.Skip(w * 64).Take(64).ToList();
            var globals = inWord.SelectMany(p => scopes[p.ScopeIndex].Variables).Distinct().ToList();
            var steps = new List<Expression>();
            steps.AddRange(globals.Select(g => (Expression)Expression.Assign(g.Variable, g.Value)));
            Expression mask = Expression.Constant(0UL);
            foreach (var predicate in inWord)
            {
                var test = BranchFreeRewriter.Rewrite(predicate.Node.EmitFast());
                var bit = Expression.LeftShift(Expression.Call(RowAccess.BitMethod, test), Expression.Constant(predicate.Index % 64));
                mask = Expression.Or(mask, bit);
            }

            steps.Add(mask);
            var row = Expression.Parameter(typeof(double).MakeByRefType(), "row");
            Expression body = Expression.Block(typeof(ulong), globals.Select(g => g.Variable), steps);
            body = new StoredValueReadRewriter(binder.Values).Visit(body);
            body = new RowReadRewriter(binder.Values, binder.Offset, row).Visit(body);
            result[w] = DelegateCompiler.Compile(Expression.Lambda<FastWord>(body, row));
        }

        return result;
    }

    /// <summary>
    /// The guarded delegates for rows with missing values or where the fast path threw, one per 64 predicates so that no
    /// single method grows with the document: every predicate gets its own state (missing, error, passed, not met), and a
    /// failing GlobalParam fails only the predicates of its scope.
    /// </summary>
    public IReadOnlyList<Expression<SafeEvaluator>> EmitSafe()
    {
        var result = new List<Expression<SafeEvaluator>>();
        for (var start = 0; start < predicates.Count; start += 64)
        {
            result.Add(EmitSafe(predicates.Skip(start).Take(64).ToList()));
        }

        return result;
    }

    private Expression<SafeEvaluator> EmitSafe(List<CompiledPredicate> chunk)
    {
        var states = Expression.Parameter(typeof(byte[]), "states");
        var stateOffset = Expression.Parameter(typeof(int), "stateOffset");
        var errors = Expression.Parameter(typeof(Exception[]), "errors");
        var caught = Expression.Variable(typeof(Exception), "caught");
        var variables = new List<ParameterExpression> { caught };
        var steps = new List<Expression>();

        // The document's GlobalParams and each scope the chunk's predicates use are evaluated once, in order; a failure marks the scope.
        var used = chunk.Select(p => p.ScopeIndex).Append(0).ToHashSet();
        var scopeFailure = new ParameterExpression[scopes.Count];
        var assigned = new HashSet<ParameterExpression>();
        for (var s = 0; s < scopes.Count; s++)
        {
            scopeFailure[s] = Expression.Variable(typeof(Exception), $"scope{s}Failure");
            variables.Add(scopeFailure[s]);
            if (!used.Contains(s))
            {
                continue;
            }

            var own = scopes[s].Variables.Where(v => assigned.Add(v.Variable)).ToList();
            variables.AddRange(own.Select(v => v.Variable));
            if (own.Count == 0)
            {
                continue;
            }

            var e = Expression.Parameter(typeof(Exception), "e");
            steps.Add(Expression.TryCatch(
                Expression.Block(typeof(void), own.Select(v => (Expression)Expression.Assign(v.Variable, v.Value))),
                Expression.Catch(e, Expression.Block(typeof(void), Expression.Assign(scopeFailure[s], e)))));
        }

        foreach (var predicate in chunk)
        {
            var index = Expression.Add(stateOffset, Expression.Constant(predicate.Index));
            Expression SetState(CriterionState state) => Expression.Assign(Expression.ArrayAccess(states, index), Expression.Constant((byte)state));
            var failure = predicate.ScopeIndex == 0
                ? (Expression)scopeFailure[0]
                : Expression.Coalesce(scopeFailure[0], scopeFailure[predicate.ScopeIndex]);
            var e = Expression.Parameter(typeof(Exception), "e");
            var evaluate = Expression.Block(
                Expression.Assign(caught, Expression.Constant(null, typeof(Exception))),
                Expression.IfThenElse(
                    Expression.TryCatch(predicate.Node.EmitSafe(caught, false), Expression.Catch(e, Expression.Block(Expression.Assign(caught, e), Expression.Constant(false)))),
                    SetState(CriterionState.Passed),
                    Expression.IfThenElse(
                        Expression.Equal(caught, Expression.Constant(null, typeof(Exception))),
                        SetState(CriterionState.NotMet),
                        Expression.Block(SetState(CriterionState.Error), Expression.Assign(Expression.ArrayAccess(errors, Expression.Constant(predicate.Index)), caught)))));
            var scopeFailed = Expression.Block(
                SetState(CriterionState.Error),
                Expression.Assign(Expression.ArrayAccess(errors, Expression.Constant(predicate.Index)), failure));
            steps.Add(Expression.IfThenElse(
                AnyMissing(predicate.Slots),
                SetState(CriterionState.Missing),
                Expression.IfThenElse(Expression.NotEqual(failure, Expression.Constant(null, typeof(Exception))), scopeFailed, evaluate)));
        }

        steps.Add(Expression.Empty());
        var body = Expression.Block(typeof(void), variables, steps);
        return Expression.Lambda<SafeEvaluator>(body, binder.Values, binder.Offset, states, stateOffset, errors);
    }

    /// <summary>
    /// The delegates that compute every derived indicator of a row, NaN when an input is missing or the formula fails, for
    /// explanations; one per 64 derived indicators. The output index of each is its position in <paramref name="derived"/>.
    /// </summary>
    public IReadOnlyList<Expression<DerivedEvaluator>> EmitDerived(IReadOnlyList<IndicatorDefinition> derived)
    {
        var result = new List<Expression<DerivedEvaluator>>();
        var output = Expression.Parameter(typeof(double[]), "derived");
        for (var start = 0; start < derived.Count; start += 64)
        {
            var steps = new List<Expression>();
            for (var i = start; i < Math.Min(derived.Count, start + 64); i++)
            {
                var bound = binder.BindDerived(derived[i]);
                Expression value = bound.Body.Type == typeof(bool)
                    ? Expression.Condition(bound.Body, Expression.Constant(1.0), Expression.Constant(0.0))
                    : Expression.Convert(bound.Body, typeof(double));
                var target = Expression.ArrayAccess(output, Expression.Constant(i));
                steps.Add(Expression.IfThenElse(
                    AnyMissing(bound.Slots),
                    Expression.Assign(target, Expression.Constant(double.NaN)),
                    Expression.TryCatch(
                        Expression.Block(typeof(void), Expression.Assign(target, value)),
                        Expression.Catch(typeof(Exception), Expression.Block(typeof(void), Expression.Assign(target, Expression.Constant(double.NaN)))))));
            }

            steps.Add(Expression.Empty());
            result.Add(Expression.Lambda<DerivedEvaluator>(Expression.Block(typeof(void), steps), binder.Values, binder.Offset, output));
        }

        return result;
    }

    /// <summary>Whether any of the slots is missing (NaN), as a balanced tree of tests so its depth grows with the logarithm of their number.</summary>
    private Expression AnyMissing(IEnumerable<int> slots)
    {
        var tests = slots.Order()
            .Select(slot => (Expression)Expression.Call(typeof(double), nameof(double.IsNaN), null, Expression.ArrayIndex(binder.Values, Expression.Add(binder.Offset, Expression.Constant(slot)))))
            .ToList();
        return tests.Count == 0 ? Expression.Constant(false) : Balanced.Combine(tests, Expression.OrElse);
    }
}
