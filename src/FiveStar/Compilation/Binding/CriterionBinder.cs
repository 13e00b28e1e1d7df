using System.Linq.Expressions;
using FiveStar.Compilation.Plan;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// Binds the parts of one criterion or scope with an <see cref="ExpressionBinder"/>: GlobalParams and LocalParams in order,
/// a leaf expression, or an operator over nested rules. A problem becomes a diagnostic at the expression, and binding goes on.
/// </summary>
internal static class CriterionBinder
{
    /// <summary>Binds scoped parameters after those of <paramref name="outer"/>; each may use the ones before it.</summary>
    public static List<ScopedVariable> BindScoped(ExpressionBinder binder, IReadOnlyList<ScopedParameter> parameters, List<ScopedVariable> outer, DiagnosticBag diagnostics, SourceRef source, string member, string? ownerId)
    {
        var scope = new List<ScopedVariable>(outer);
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            var at = source.Item(member, i).Child("expression");
            if (binder.IsKnownName(parameter.Name) || scope.Any(s => string.Equals(s.Name, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Add(source.Item(member, i).Child("name"), ownerId ?? parameter.Name, Localizer.Format(diagnostics.Language, nameof(Messages.Compile_ScopedNameTaken), member, parameter.Name));
                continue;
            }

            try
            {
                var bound = binder.Bind(parameter.Expression, scope, null);
                scope.Add(new ScopedVariable(parameter.Name, Expression.Variable(bound.Body.Type, parameter.Name), bound.Body, bound.Slots, bound.Size));
            }
            catch (CompileException exception)
            {
                diagnostics.Add(at, ownerId ?? parameter.Name, $"{member} \"{parameter.Name}\": {exception.Message}", parameter.Expression);
            }
            catch (Exception exception) when (IsUnexpected(exception))
            {
                diagnostics.Add(at, ownerId ?? parameter.Name, Localizer.Format(binder.Language, nameof(Messages.Compile_Unexpected), exception.GetType().Name, exception.Message), parameter.Expression);
            }
        }

        return scope;
    }

    /// <summary>Binds a criterion with its LocalParams and nested rules, or returns <see langword="null"/> when any part failed.</summary>
    public static CriterionNode? BindCriterion(ExpressionBinder binder, CriterionDefinition criterion, List<ScopedVariable> outer, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count;
        var source = criterion.Source ?? new SourceRef("<criteria>", "$", JsonLocator.None);
        var scope = BindScoped(binder, criterion.LocalParams, outer, diagnostics, source, "localParams", criterion.Id);
        var locals = scope.Skip(outer.Count).ToList();
        var slots = new HashSet<int>(locals.SelectMany(l => l.Slots));
        CriterionNode? node = null;
        if (criterion.Expression is not null)
        {
            if (BindLeaf(binder, criterion.Expression, scope, source.Child("expression"), criterion.Id, diagnostics) is { } leaf)
            {
                slots.UnionWith(leaf.Slots);
                node = new CriterionNode(locals, leaf.Body, true, [], slots) { Gap = leaf.Gap, Size = leaf.Size + locals.Sum(l => l.Size) };
            }
        }
        else
        {
            var isAnd = TextParsing.Normalize(criterion.Operator ?? "And") is "AND" or "ANDALSO";
            var children = criterion.Rules.Where(r => r.Enabled).Select(r => BindCriterion(binder, r, scope, diagnostics)).ToList();
            if (children.All(c => c is not null) && children.Count > 0)
            {
                slots.UnionWith(children.SelectMany(c => c!.Slots));
                node = new CriterionNode(locals, null, isAnd, children!, slots) { Gap = new GapCombination(isAnd, children.Select(c => c!.Gap).ToArray()), Size = children.Sum(c => c!.Size) + locals.Sum(l => l.Size) };
            }
        }

        return diagnostics.Items.Count > errorsBefore ? null : node;
    }

    /// <summary>Binds one true/false expression, or returns <see langword="null"/> after reporting why not.</summary>
    public static BoundExpression? BindLeaf(ExpressionBinder binder, string expression, IReadOnlyList<ScopedVariable> scope, SourceRef? source, string id, DiagnosticBag diagnostics)
    {
        try
        {
            return binder.Bind(expression, scope, typeof(bool));
        }
        catch (CompileException exception)
        {
            diagnostics.Add(source, id, exception.Message, expression);
            return null;
        }
        catch (Exception exception) when (IsUnexpected(exception))
        {
            diagnostics.Add(source, id, Localizer.Format(binder.Language, nameof(Messages.Compile_Unexpected), exception.GetType().Name, exception.Message), expression);
            return null;
        }
    }

    /// <summary>An exception no expression should cause: it is reported at the expression, as a bug, instead of failing the whole load unlocated.</summary>
    public static bool IsUnexpected(Exception exception) => exception is not (CompileException or OperationCanceledException or OutOfMemoryException or CriteriaException);
}
