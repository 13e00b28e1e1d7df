using FiveStar.Compilation.Binding;
using FiveStar.Compilation.Emit;
using FiveStar.Compilation.Plan;
using FiveStar.Compilation.Planning;
using FiveStar.Compilation.Schema;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;
using FiveStar.Resources;
using FiveStar.Villages;

namespace FiveStar.Compilation;

/// <summary>
/// Compiles a loaded criteria document into a <see cref="CompiledPlan"/>, which a rater executes: every expression is parsed, checked against the
/// sandbox and compiled now, into one fused delegate per 64 criteria and one guarded delegate per 64 for villages with
/// missing data, on a thread with a large stack, and run once there. Nothing compiles later; every problem is reported at once.
/// The stages, in order: <see cref="SchemaResolver"/> (what expressions can read), <see cref="DocumentBinder"/> (every
/// expression bound), <see cref="AwardPlanner"/> (each star's plan) and <see cref="PlanEmitter"/> (the delegates and the plan).
/// </summary>
internal sealed class CriteriaCompiler
{
    private const int LargeStack = 64 * 1024 * 1024;
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
        var resolved = new SchemaResolver(_catalog, _options.Language).Resolve(document, columns, diagnostics, root);
        var bound = DocumentBinder.Bind(document, resolved, _options, diagnostics, root, cancellationToken);
        var plans = AwardPlanner.Build(document, bound.CategoryCriteria, bound.Predicates, bound.CriterionCount);
        return PlanEmitter.Emit(document, resolved, bound, plans, cancellationToken);
    }
}
