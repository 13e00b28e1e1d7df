using FiveStar.Compilation.Plan;
using FiveStar.Compilation.Schema;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;
using FiveStar.Indicators;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// The binding stage: binds every expression of a document (GlobalParams, criteria, vetoes and every derived indicator,
/// used or not) into predicates, and bounds the code they add up to. Every problem is collected before it throws.
/// </summary>
internal static class DocumentBinder
{
    /// <summary>Binds a document against its resolved schema.</summary>
    /// <exception cref="CriteriaException">An expression is invalid or not allowed; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The compile was cancelled.</exception>
    public static BoundDocument Bind(CriteriaDocument document, ResolvedSchema resolved, CriteriaLoaderOptions options, DiagnosticBag diagnostics, SourceRef root, CancellationToken cancellationToken)
    {
        var schema = resolved.Layout;
        ExpressionBinder binder;
        try
        {
            binder = new ExpressionBinder(schema, document.Parameters, resolved.Helpers, document.Format == CriteriaFormat.FiveStar, options);
        }
        catch (CompileException exception)
        {
            diagnostics.Add(root, null, exception.Message);
            throw new CriteriaException(diagnostics.Items);
        }

        var documentScope = CriterionBinder.BindScoped(binder, document.GlobalParams, [], diagnostics, root, "globalParams", null);
        var scopes = new List<GlobalScope> { new(documentScope) };
        var predicates = new List<CompiledPredicate>();
        var categoryCriteria = new List<IReadOnlyList<int>>();
        var injectedProblems = new List<(CriteriaDiagnostic Problem, string Into, string From)>();
        for (var c = 0; c < document.Categories.Count; c++)
        {
            var category = document.Categories[c];
            var scope = documentScope;
            var scopeIndex = 0;
            if (category.GlobalParams.Count > 0)
            {
                scope = CriterionBinder.BindScoped(binder, category.GlobalParams, documentScope, diagnostics, category.Source ?? root, "globalParams", category.Id);
                scopes.Add(new GlobalScope(scope));
                scopeIndex = scopes.Count - 1;
            }

            var indices = new List<int>();
            foreach (var criterion in category.Criteria.Where(x => x.Enabled))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A rule another workflow injects is bound again in that workflow's scope; its problems are collected apart.
                var bag = criterion.InjectedFrom is null ? diagnostics : new DiagnosticBag();
                var node = CriterionBinder.BindCriterion(binder, criterion, scope, bag);
                var message = node is null ? null : ValueResolver.Template(binder, schema, document, criterion.ErrorMessage, criterion.Source, criterion.Id, bag);
                if (criterion.InjectedFrom is not null)
                {
                    injectedProblems.AddRange(bag.Items.Select(d => (d, category.Id, criterion.InjectedFrom)));
                }

                if (node is null)
                {
                    continue;
                }

                indices.Add(predicates.Count);
                predicates.Add(new CompiledPredicate
                {
                    Index = predicates.Count,
                    Id = criterion.Id,
                    Name = criterion.Name,
                    CategoryIndex = c,
                    VetoIndex = -1,
                    Slots = [.. node.Slots],
                    Points = criterion.Points,
                    Message = message,
                    Node = node,
                    GapValues = ValueResolver.GapValues(node.Gap, schema, document),
                    ScopeIndex = scopeIndex,
                });
            }

            categoryCriteria.Add(indices);
        }

        ReportInjectedProblems(injectedProblems, diagnostics, options.Language);

        var criteriaCount = predicates.Count;
        for (var v = 0; v < document.Vetoes.Count; v++)
        {
            var veto = document.Vetoes[v];
            var leaf = CriterionBinder.BindLeaf(binder, veto.Expression, documentScope, veto.Source?.Child("expression"), veto.Id, diagnostics);
            if (leaf is null)
            {
                continue;
            }

            var node = new CriterionNode([], leaf.Body, true, [], leaf.Slots) { Size = leaf.Size };
            predicates.Add(new CompiledPredicate
            {
                Index = predicates.Count,
                Id = veto.Id,
                Name = veto.Name,
                CategoryIndex = -1,
                VetoIndex = v,
                Slots = [.. leaf.Slots],
                Node = node,
                ScopeIndex = 0,
            });
        }

        if (predicates.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Compile_NoEnabledCriteria)));
        }

        BindDerived(binder, resolved, diagnostics, root, options.Language);
        CheckTotalSize(predicates.Sum(p => p.Node.Size) + scopes.SelectMany(s => s.Variables).Distinct().Sum(v => v.Size) + resolved.Derived.Sum(d => SizeOf(binder, d)), root, diagnostics, options);
        diagnostics.ThrowIfAny();
        return new BoundDocument
        {
            Binder = binder,
            Scopes = scopes,
            Predicates = predicates,
            CriterionCount = criteriaCount,
            CategoryCriteria = categoryCriteria,
        };
    }

    /// <summary>
    /// Binds every derived indicator, used or not, so a broken formula fails the load; one that fails because another
    /// does is reported once, at the one at fault.
    /// </summary>
    private static void BindDerived(ExpressionBinder binder, ResolvedSchema resolved, DiagnosticBag diagnostics, SourceRef root, Language language)
    {
        var derivedMessages = diagnostics.Items.Select(d => d.Message).ToHashSet(StringComparer.Ordinal);
        foreach (var indicator in resolved.Derived)
        {
            try
            {
                binder.BindDerived(indicator);
            }
            catch (CompileException exception)
            {
                if (derivedMessages.Add(exception.Message))
                {
                    diagnostics.Add(root, indicator.Id, exception.Message, indicator.Expression);
                }
            }
            catch (Exception exception) when (CriterionBinder.IsUnexpected(exception))
            {
                diagnostics.Add(root, indicator.Id, Localizer.Format(language, nameof(Messages.Compile_Unexpected), exception.GetType().Name, exception.Message), indicator.Expression);
            }
        }
    }

    /// <summary>
    /// Bounds the code a document compiles to: each expression is bounded once derived indicators are inlined, and so is
    /// their sum, which the fused and guarded delegates hold.
    /// </summary>
    private static void CheckTotalSize(long total, SourceRef root, DiagnosticBag diagnostics, CriteriaLoaderOptions options)
    {
        if (!diagnostics.HasErrors && total > options.MaxDocumentNodes)
        {
            diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Compile_DocumentTooLarge), total, options.MaxDocumentNodes));
        }
    }

    private static long SizeOf(ExpressionBinder binder, IndicatorDefinition derived)
    {
        try
        {
            return binder.BindDerived(derived).Size;
        }
        catch (CompileException)
        {
            return 0;
        }
    }

    /// <summary>
    /// Reports the problems of rules injected into another workflow that the rule does not have in its own workflow (a
    /// name only its own workflow's GlobalParams define, say), naming both workflows; the others are reported once already.
    /// </summary>
    private static void ReportInjectedProblems(List<(CriteriaDiagnostic Problem, string Into, string From)> problems, DiagnosticBag diagnostics, Language language)
    {
        var reported = diagnostics.Items.Select(d => (d.File, d.JsonPath, d.Message)).ToHashSet();
        foreach (var (problem, into, from) in problems)
        {
            if (reported.Add((problem.File, problem.JsonPath, problem.Message)))
            {
                diagnostics.Add(problem.WithMessage(Localizer.Format(language, nameof(Messages.Compile_InjectedRule), into, from, problem.Message)));
            }
        }
    }
}
