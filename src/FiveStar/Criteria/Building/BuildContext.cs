using System.Globalization;
using FiveStar.Criteria.Json;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria.Building;

/// <summary>
/// What the builders of one document share: the options, where problems go, the limits counted across the whole
/// document (criteria, expression text) and the checks every expression gets.
/// </summary>
/// <param name="options">The loader's options: the language of messages and the limits.</param>
/// <param name="diagnostics">Where every problem is reported.</param>
/// <param name="document">The file the document was loaded from, for source trails; null to use each element's own file.</param>
internal sealed class BuildContext(CriteriaLoaderOptions options, DiagnosticBag diagnostics, string? document)
{
    public CriteriaLoaderOptions Options => options;

    public Language Language => options.Language;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>Gets how many criteria and vetoes the document holds, nested ones included.</summary>
    public int CriteriaCount { get; private set; }

    /// <summary>Gets the length of all the document's expressions together.</summary>
    public long ExpressionLength { get; private set; }

    public void CountCriterion() => CriteriaCount++;

    /// <summary>The "missing member" messages and the member each is about.</summary>
    private static readonly Dictionary<string, string> MissingMembers = new(StringComparer.Ordinal)
    {
        [nameof(Messages.Build_SchemaVersionMissing)] = "schemaVersion",
        [nameof(Messages.Build_DocumentIdMissing)] = "id",
        [nameof(Messages.Build_CriterionNoId)] = "id",
        [nameof(Messages.Build_VetoNoId)] = "id",
        [nameof(Messages.Build_ParameterIdInvalid)] = "id",
        [nameof(Messages.Build_ParameterNoValue)] = "value",
        [nameof(Messages.Build_CriterionNoExpression)] = "expression",
        [nameof(Messages.Build_VetoNoExpression)] = "expression",
        [nameof(Messages.Build_ScopedNoExpression)] = "expression",
        [nameof(Messages.Build_VetoScopeMissing)] = "scope",
        [nameof(Messages.Build_VetoCategoryMissing)] = "category",
        [nameof(Messages.Build_CapLevelMissing)] = "capLevel",
        [nameof(Messages.Build_AtLeastCountMissing)] = "count",
        [nameof(Messages.Build_CategoryNoName)] = "name",
        [nameof(Messages.Build_IndicatorNoName)] = "name",
        [nameof(Messages.Build_EnumerationNoValues)] = "values",
    };

    /// <summary>
    /// Reports an error with a message from the resources, in the options' language; a "missing member" whose member the
    /// file gives, unreadable, is left unsaid: the reader reported that once (one cause, one error).
    /// </summary>
    public void Report(SourceRef? source, string? id, string messageName, params object?[] args)
    {
        if (MissingMembers.TryGetValue(messageName, out var member) && diagnostics.IsUnreadable(source, member))
        {
            return;
        }

        diagnostics.Add(source, id, Localizer.Format(options.Language, messageName, args));
    }

    /// <summary>Reports an error and returns <paramref name="fallback"/>, so building goes on with a value.</summary>
    public T Invalid<T>(SourceRef source, string? id, string messageName, T fallback, params object?[] args)
    {
        Report(source, id, messageName, args);
        return fallback;
    }

    /// <summary>Counts an expression toward the document's total and checks its length and punctuation.</summary>
    public void CheckExpression(string expression, SourceRef source, string? id)
    {
        ExpressionLength += expression.Length;
        if (expression.Length > options.MaxExpressionLength)
        {
            Report(source, id, nameof(Messages.Build_ExpressionTooLong), expression.Length, options.MaxExpressionLength);
        }
        else if (FullWidthPunctuation.Describe(expression, options.Language) is { } punctuation)
        {
            // Said here, before the parser's "syntax error" about the same character.
            diagnostics.Add(source, id, punctuation, expression);
        }
    }

    /// <summary>Where an element was written, for <see cref="SourceTrail"/>: each document's entry, or the one it was read from.</summary>
    public SourceTrail Trail(List<SourceRef>? layers, SourceRef? source, SourceRef parent) =>
        SourceTrail.From(layers ?? (source is null ? [] : [source]), document ?? parent.File);

    /// <summary>Formats a number for a message (invariant, at most two decimals), or <c>none</c>.</summary>
    public static string Format(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "none";
}
