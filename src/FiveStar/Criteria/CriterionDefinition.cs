using System.Text.Json;
using FiveStar.Criteria.Json;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>One criterion in RulesEngine's rule shape: an expression, or an operator over nested rules, plus FiveStar's names, points and provenance.</summary>
public sealed class CriterionDefinition
{
    internal CriterionDefinition()
    {
    }

    /// <summary>Gets the criterion id (RulesEngine's <c>RuleName</c>).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the criterion's names; empty for plain RulesEngine rules.</summary>
    public LocalizedText Name { get; internal init; } = LocalizedText.Empty;

    /// <summary>Gets a longer description, if any, in Chinese and English (a plain string in the file stands for both).</summary>
    public LocalizedText? Description { get; internal init; }

    /// <summary>Gets the boolean expression, or <see langword="null"/> when the criterion combines nested rules.</summary>
    public string? Expression { get; internal init; }

    /// <summary>Gets the named expressions evaluated, in order, before <see cref="Expression"/>.</summary>
    public IReadOnlyList<ScopedParameter> LocalParams { get; internal init; } = [];

    /// <summary>Gets the operator over <see cref="Rules"/>: <c>And</c>, <c>AndAlso</c>, <c>Or</c> or <c>OrElse</c>.</summary>
    public string? Operator { get; internal init; }

    /// <summary>Gets the nested rules combined by <see cref="Operator"/>.</summary>
    public IReadOnlyList<CriterionDefinition> Rules { get; internal init; } = [];

    /// <summary>Gets the message template shown when the criterion is not met; <c>$(name)</c> placeholders take values.</summary>
    /// <remarks>A plain string in the file stands for both languages; <c>{ "zh": ..., "en": ... }</c> gives each its own.</remarks>
    public LocalizedText? ErrorMessage { get; internal init; }

    /// <summary>Gets RulesEngine's success event text, if any.</summary>
    public string? SuccessEvent { get; internal init; }

    /// <summary>Gets a value indicating whether the criterion takes part in the rating.</summary>
    public bool Enabled { get; internal init; } = true;

    /// <summary>Gets the points the criterion earns in a points category.</summary>
    public double? Points { get; internal init; }

    /// <summary>Gets where the criterion comes from.</summary>
    public Provenance? Provenance { get; internal init; }

    /// <summary>Gets RulesEngine's free-form metadata.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; internal init; } = new Dictionary<string, JsonElement>();

    /// <summary>Gets where the criterion was written: the base's definition first, then each file that changed it.</summary>
    public SourceTrail Trail { get; internal init; } = SourceTrail.None;

    internal SourceRef? Source { get; init; }

    /// <summary>Gets the workflow a RulesEngine <c>WorkflowsToInject</c> brought the criterion from, when it was injected.</summary>
    internal string? InjectedFrom { get; init; }
}
