using System.Linq.Expressions;
using System.Reflection;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;
using FiveStar.Expressions;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Villages;

namespace FiveStar.Compilation;

/// <summary>
/// Compiles a loaded criteria document into a <see cref="CompiledPlan"/>, which a rater executes: every expression is parsed, checked against the
/// sandbox and compiled now, into one fused delegate per 64 criteria and one guarded delegate per 64 for villages with
/// missing data, on a thread with a large stack, and run once there. Nothing compiles later; every problem is reported at once.
/// </summary>
internal sealed class CriteriaCompiler
{
    private const int LargeStack = 64 * 1024 * 1024;

    /// <summary>The most indicators (or data columns of a RulesEngine file) a document can read.</summary>
    private const int MaxIndicators = 65_000;
    private readonly CategoryCatalog _catalog;
    private readonly CriteriaLoaderOptions _options;

    /// <summary>Initializes a new instance of the <see cref="CriteriaCompiler"/> class.</summary>
    /// <param name="catalog">The categories plug-ins provide, with their indicators and helpers.</param>
    /// <param name="options">The limits in force.</param>
    public CriteriaCompiler(CategoryCatalog catalog, CriteriaLoaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _options = options ?? new CriteriaLoaderOptions();
    }

    /// <summary>Compiles a document.</summary>
    /// <param name="document">The loaded document.</param>
    /// <param name="columns">
    /// The columns of the village data. Required for documents that take their fields from the data (RulesEngine files);
    /// ignored otherwise.
    /// </param>
    /// <returns>The plan, immutable and safe to share across threads.</returns>
    /// <param name="cancellationToken">Stops the compile between criteria; a large document takes seconds.</param>
    /// <exception cref="CriteriaException">An expression is invalid or not allowed; every problem is listed.</exception>
    /// <exception cref="OperationCanceledException">The compile was cancelled.</exception>
    public CompiledPlan Compile(CriteriaDocument document, IReadOnlyList<VillageColumn>? columns = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        CompiledPlan? plan = null;
        Exception? failure = null;

        // Deeply nested input must fail with a message, never by exhausting the stack: compile on a thread with room.
        var thread = new Thread(
            () =>
            {
                try
                {
                    plan = CompileCore(document, columns, cancellationToken);
                }
                catch (Exception exception) when (exception is CriteriaException or OperationCanceledException or OutOfMemoryException)
                {
                    failure = exception;
                }
#pragma warning disable CA1031 // Turned into a located message, rethrown on the caller's thread below.
                catch (Exception exception)
#pragma warning restore CA1031
                {
                    failure = new CriteriaException([new CriteriaDiagnostic(document.Source, "$", null, null, null, Localizer.Format(_options.Language, nameof(Messages.Compile_Unexpected), exception.GetType().Name, exception.Message))]) { Unexpected = true };
                }
            },
            LargeStack)
        {
            Name = "FiveStar criteria compiler",
        };
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return plan!;
    }

    /// <summary>
    /// Compiles a document the loader built in spite of problems whose causes it left out (<see cref="CriteriaException.Partial"/>),
    /// only to report its expression problems with them; a failure no file should cause says nothing here.
    /// </summary>
    /// <returns>The expression problems, none when it compiles.</returns>
    public IReadOnlyList<CriteriaDiagnostic> ProblemsOf(CriteriaDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.FieldsFromData)
        {
            // A RulesEngine file compiles against the data's columns, which a load does not know.
            return [];
        }

        try
        {
            Compile(document);
            return [];
        }
        catch (CriteriaException exception) when (!exception.Unexpected)
        {
            return exception.Diagnostics;
        }
        catch (CriteriaException)
        {
            return [];
        }
    }

    private CompiledPlan CompileCore(CriteriaDocument document, IReadOnlyList<VillageColumn>? columns, CancellationToken cancellationToken)
    {
        var diagnostics = new DiagnosticBag(_options.Language);
        var root = new SourceRef(document.Source, "$", JsonLocator.None);
        var (reported, derived, helpers) = GatherIndicators(document, columns, diagnostics, root);
        if (reported.Count + derived.Count > MaxIndicators)
        {
            // Expressions are parsed against a generated type with one property per indicator, and a type holds at most 65,535 methods.
            diagnostics.Add(root, null, Localizer.Format(_options.Language, nameof(Messages.Compile_TooManyIndicators), reported.Count + derived.Count, MaxIndicators));
        }

        diagnostics.ThrowIfAny();
        var schema = new IndicatorSchema(reported, derived);
        ExpressionBinder binder;
        try
        {
            binder = new ExpressionBinder(schema, document.Parameters, helpers, document.Format == CriteriaFormat.FiveStar, _options);
        }
        catch (CompileException exception)
        {
            diagnostics.Add(root, null, exception.Message);
            throw new CriteriaException(diagnostics.Items);
        }

        var documentScope = BindScoped(binder, document.GlobalParams, [], diagnostics, root, "globalParams", null);
        var scopes = new List<GlobalScope> { new(documentScope) };
        var predicates = new List<CompiledPredicate>();
        var categoryCriteria = new List<List<int>>();
        var injectedProblems = new List<(CriteriaDiagnostic Problem, string Into, string From)>();
        for (var c = 0; c < document.Categories.Count; c++)
        {
            var category = document.Categories[c];
            var scope = documentScope;
            var scopeIndex = 0;
            if (category.GlobalParams.Count > 0)
            {
                scope = BindScoped(binder, category.GlobalParams, documentScope, diagnostics, category.Source ?? root, "globalParams", category.Id);
                scopes.Add(new GlobalScope(scope));
                scopeIndex = scopes.Count - 1;
            }

            var indices = new List<int>();
            foreach (var criterion in category.Criteria.Where(x => x.Enabled))
            {
                cancellationToken.ThrowIfCancellationRequested();
                // A rule another workflow injects is bound again in that workflow's scope; its problems are collected apart.
                var bag = criterion.InjectedFrom is null ? diagnostics : new DiagnosticBag();
                var node = BindCriterion(binder, criterion, scope, bag);
                var message = node is null ? null : Template(binder, schema, document, criterion.ErrorMessage, criterion.Source, criterion.Id, bag);
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
                    GapValues = GapValues(node.Gap, schema, document),
                    ScopeIndex = scopeIndex,
                });
            }

            categoryCriteria.Add(indices);
        }

        ReportInjectedProblems(injectedProblems, diagnostics);

        var criteriaCount = predicates.Count;
        for (var v = 0; v < document.Vetoes.Count; v++)
        {
            var veto = document.Vetoes[v];
            var leaf = BindLeaf(binder, veto.Expression, documentScope, veto.Source?.Child("expression"), veto.Id, diagnostics);
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
            diagnostics.Add(root, null, Localizer.Format(_options.Language, nameof(Messages.Compile_NoEnabledCriteria)));
        }

        // Bind every derived indicator, used or not, so a broken formula fails the load; one that fails because another
        // does is reported once, at the one at fault.
        var derivedMessages = diagnostics.Items.Select(d => d.Message).ToHashSet(StringComparer.Ordinal);
        foreach (var indicator in derived)
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
            catch (Exception exception) when (IsUnexpected(exception))
            {
                diagnostics.Add(root, indicator.Id, Localizer.Format(_options.Language, nameof(Messages.Compile_Unexpected), exception.GetType().Name, exception.Message), indicator.Expression);
            }
        }

        CheckTotalSize(predicates.Sum(p => p.Node.Size) + scopes.SelectMany(s => s.Variables).Distinct().Sum(v => v.Size) + derived.Sum(d => SizeOf(binder, d)), root, diagnostics);
        diagnostics.ThrowIfAny();
        // The rows' layout with the codes of the text constants the criteria compare with; the schema bound against stays as built.
        schema = new IndicatorSchema(reported, derived, binder.Texts.BySlot);
        var plans = BuildPlans(document, categoryCriteria, predicates, criteriaCount);
        var emitter = new DelegateEmitter(binder, scopes, predicates);
        cancellationToken.ThrowIfCancellationRequested();
        var fast = emitter.EmitFastWords(cancellationToken);
        var safe = emitter.EmitSafe().Select(e => Cancellable(DelegateCompiler.Compile, e, cancellationToken)).ToArray();
        var derivedParts = emitter.EmitDerived(derived).Select(e => Cancellable(DelegateCompiler.Compile, e, cancellationToken)).ToArray();
        WarmUp(schema, fast, safe, derivedParts, predicates.Count, derived.Count);
        return new CompiledPlan
        {
            Document = document,
            Schema = schema,
            Predicates = predicates,
            CriterionCount = criteriaCount,
            Categories = plans,
            Fast = fast,
            Safe = Combine(safe),
            Derived = Combine(derivedParts),
            Helpers = HelperOwners(document),
            OneWordAward = OneWordAwardEmitter.TryEmit(document, plans, fast.Length),
        };
    }

    /// <summary>
    /// Bounds the code a document compiles to: each expression is bounded once derived indicators are inlined, and so is
    /// their sum, which the fused and guarded delegates hold.
    /// </summary>
    private void CheckTotalSize(long total, SourceRef root, DiagnosticBag diagnostics)
    {
        if (!diagnostics.HasErrors && total > _options.MaxDocumentNodes)
        {
            diagnostics.Add(root, null, Localizer.Format(_options.Language, nameof(Messages.Compile_DocumentTooLarge), total, _options.MaxDocumentNodes));
        }
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

    private static SafeEvaluator Combine(SafeEvaluator[] parts) => parts.Length == 1
        ? parts[0]
        : (values, offset, states, stateOffset, errors) =>
        {
            foreach (var part in parts)
            {
                part(values, offset, states, stateOffset, errors);
            }
        };

    private static DerivedEvaluator Combine(DerivedEvaluator[] parts) => parts.Length == 1
        ? parts[0]
        : (values, offset, output) =>
        {
            foreach (var part in parts)
            {
                part(values, offset, output);
            }
        };

    /// <summary>
    /// Reports the problems of rules injected into another workflow that the rule does not have in its own workflow (a
    /// name only its own workflow's GlobalParams define, say), naming both workflows; the others are reported once already.
    /// </summary>
    private void ReportInjectedProblems(List<(CriteriaDiagnostic Problem, string Into, string From)> problems, DiagnosticBag diagnostics)
    {
        var reported = diagnostics.Items.Select(d => (d.File, d.JsonPath, d.Message)).ToHashSet();
        foreach (var (problem, into, from) in problems)
        {
            if (reported.Add((problem.File, problem.JsonPath, problem.Message)))
            {
                diagnostics.Add(problem.WithMessage(Localizer.Format(_options.Language, nameof(Messages.Compile_InjectedRule), into, from, problem.Message)));
            }
        }
    }

    /// <summary>Names the plug-in behind each helper, so a helper that throws while rating is reported with its plug-in.</summary>
    private Dictionary<MethodInfo, string> HelperOwners(CriteriaDocument document)
    {
        var owners = new Dictionary<MethodInfo, string>();
        foreach (var plugin in document.Categories.Select(c => _catalog.Find(c.Plugin)).OfType<RegisteredCategory>().Distinct())
        {
            foreach (var helper in plugin.Helpers)
            {
                owners.TryAdd(helper, $"{plugin.Id} ({plugin.Origin})");
            }
        }

        return owners;
    }

    private (List<IndicatorDefinition> Reported, List<IndicatorDefinition> Derived, List<MethodInfo> Helpers) GatherIndicators(
        CriteriaDocument document, IReadOnlyList<VillageColumn>? columns, DiagnosticBag diagnostics, SourceRef root)
    {
        var all = new Dictionary<string, IndicatorDefinition>(StringComparer.OrdinalIgnoreCase);
        var helpers = new List<MethodInfo>();
        var plugins = document.Categories.Select(c => _catalog.Find(c.Plugin)).OfType<RegisteredCategory>().Distinct().ToList();
        void Add(IndicatorDefinition indicator)
        {
            if (all.TryGetValue(indicator.Id, out var existing) && existing.Type != indicator.Type)
            {
                diagnostics.Add(root, indicator.Id, Localizer.Format(_options.Language, nameof(Messages.Compile_IndicatorTypeConflict), indicator.Id, existing.Type, existing.DeclaredBy ?? "the document", indicator.Type, indicator.DeclaredBy ?? "the document"));
                return;
            }

            all[indicator.Id] = indicator;
        }

        foreach (var plugin in plugins)
        {
            foreach (var indicator in plugin.Indicators)
            {
                Add(indicator);
            }

            helpers.AddRange(plugin.Helpers);
        }

        foreach (var indicator in _catalog.DeclaredIndicators.Concat(document.Indicators))
        {
            Add(indicator);
        }

        if (document.FieldsFromData)
        {
            if (columns is null)
            {
                diagnostics.Add(root, null, Localizer.Format(_options.Language, nameof(Messages.Compile_WorkflowNeedsColumns)));
                return ([], [], helpers);
            }

            // A RulesEngine file is self-contained: its fields are the data's columns, and the only thing a plug-in (or
            // AddIndicators) contributes is the kind of value of a reported indicator whose id names a column: number,
            // integer, true/false or text. No range, enumeration, derived formula, required flag, helper, parameter or
            // criterion comes with it, so nothing a plug-in declares can fail a town's file or its data.
            var declared = _catalog.Categories.SelectMany(c => c.Indicators).Concat(_catalog.DeclaredIndicators)
                .Where(i => !i.IsDerived)
                .DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
            all.Clear();
            helpers.Clear();
            foreach (var column in columns.Where(c => Criteria.TextParsing.IsIdentifier(c.Name)))
            {
                var isKnown = declared.TryGetValue(column.Name, out var known);
                all[column.Name] = new IndicatorDefinition
                {
                    Id = column.Name,
                    Name = new Text.LocalizedText(column.Name, column.Name),
                    Type = isKnown ? ValueKind(known!.Type) : column.Type,
                    DeclaredBy = isKnown ? known!.DeclaredBy : null,
                };
            }
        }

        var reported = all.Values.Where(i => !i.IsDerived).ToList();
        var derived = all.Values.Where(i => i.IsDerived).ToList();
        return (reported, derived, helpers.Distinct().ToList());
    }

    /// <summary>The kind of value an indicator type gives a RulesEngine data column: what RulesEngine's input would hold.</summary>
    private static IndicatorType ValueKind(IndicatorType type) => type switch
    {
        IndicatorType.Percent or IndicatorType.Money => IndicatorType.Number,
        IndicatorType.Enumeration => IndicatorType.Text,
        _ => type,
    };

    private static List<ScopedVariable> BindScoped(ExpressionBinder binder, IReadOnlyList<ScopedParameter> parameters, List<ScopedVariable> outer, DiagnosticBag diagnostics, SourceRef source, string member, string? ownerId)
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

    private static CriterionNode? BindCriterion(ExpressionBinder binder, CriterionDefinition criterion, List<ScopedVariable> outer, DiagnosticBag diagnostics)
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

    private static BoundExpression? BindLeaf(ExpressionBinder binder, string expression, IReadOnlyList<ScopedVariable> scope, SourceRef? source, string id, DiagnosticBag diagnostics)
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
    private static bool IsUnexpected(Exception exception) => exception is not (CompileException or OperationCanceledException or OutOfMemoryException or CriteriaException);

    private static MessageTemplate? Template(ExpressionBinder binder, IndicatorSchema schema, CriteriaDocument document, string? text, SourceRef? source, string id, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return MessageTemplate.Parse(text, name => ResolveValue(schema, document, name), binder.KnownNames([]));
        }
        catch (CompileException exception)
        {
            diagnostics.Add(source?.Child("errorMessage"), id, exception.Message);
            return null;
        }
    }

    /// <summary>The derived indicators a criterion's comparisons read (its reported ones are among its slots already).</summary>
    private static ValueRef[] GapValues(GapTerm term, IndicatorSchema schema, CriteriaDocument document)
    {
        var ids = new List<string>();
        void Collect(GapTerm t)
        {
            switch (t)
            {
                case GapComparison c:
                    ids.Add(c.IndicatorId);
                    break;
                case GapTextMatch x:
                    ids.Add(x.IndicatorId);
                    break;
                case GapCombination combination:
                    foreach (var part in combination.Parts)
                    {
                        Collect(part);
                    }

                    break;
            }
        }

        Collect(term);
        return ids.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id => ResolveValue(schema, document, id))
            .OfType<ValueRef>()
            .Where(v => v.DerivedIndex >= 0)
            .ToArray();
    }

    internal static ValueRef? ResolveValue(IndicatorSchema schema, CriteriaDocument document, string name)
    {
        var slot = schema.IndexOf(name);
        if (slot >= 0)
        {
            return new ValueRef(schema.Indicators[slot].Id, slot, -1, null);
        }

        for (var i = 0; i < schema.Derived.Count; i++)
        {
            if (string.Equals(schema.Derived[i].Id, name, StringComparison.OrdinalIgnoreCase))
            {
                return new ValueRef(schema.Derived[i].Id, -1, i, null);
            }
        }

        var parameter = document.Parameters.FirstOrDefault(p => string.Equals(p.Id, name, StringComparison.OrdinalIgnoreCase));
        return parameter is null ? null : new ValueRef(parameter.Id, -1, -1, parameter.Value);
    }

    private static List<CategoryPlan> BuildPlans(CriteriaDocument document, List<List<int>> categoryCriteria, List<CompiledPredicate> predicates, int criteriaCount)
    {
        var words = Math.Max(1, (predicates.Count + 63) / 64);
        var plans = new List<CategoryPlan>();
        var pointsIndex = 0;
        for (var c = 0; c < document.Categories.Count; c++)
        {
            var category = document.Categories[c];
            var mask = new ulong[words];
            var required = new ulong[words];
            foreach (var p in categoryCriteria[c])
            {
                mask[p / 64] |= 1UL << (p % 64);
                if (category.Award.Required.Contains(predicates[p].Id))
                {
                    required[p / 64] |= 1UL << (p % 64);
                }
            }

            var requires = 0UL;
            foreach (var id in category.Requires)
            {
                var index = document.Categories.ToList().FindIndex(x => x.Id == id);
                requires |= 1UL << index;
            }

            var vetoes = predicates.Skip(criteriaCount)
                .Where(p => document.Vetoes[p.VetoIndex] is { Scope: VetoScope.Category } veto && veto.Category == category.Id)
                .Select(p => p.Index)
                .ToArray();
            plans.Add(new CategoryPlan
            {
                Index = c,
                Definition = category,
                Award = category.Award.Kind,
                Mask = mask,
                RequiredMask = required,
                Count = category.Award.Count ?? 0,
                Threshold = category.Award.Threshold ?? 0,
                Predicates = [.. categoryCriteria[c]],
                RequiresMask = requires,
                Vetoes = vetoes,
                PointsIndex = category.Award.Kind == AwardKind.Points || document.Level.Mode == LevelMode.ScoreBands ? pointsIndex++ : -1,
            });
        }

        // Decide prerequisites before the stars that need them.
        var ordered = new List<CategoryPlan>();
        var done = 0UL;
        while (ordered.Count < plans.Count)
        {
            foreach (var plan in plans.Where(p => (done & (1UL << p.Index)) == 0 && (p.RequiresMask & ~done) == 0))
            {
                ordered.Add(plan);
                done |= 1UL << plan.Index;
            }
        }

        return ordered;
    }
}
