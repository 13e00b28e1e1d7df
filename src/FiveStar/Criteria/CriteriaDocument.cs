using FiveStar.Criteria.Json;
using FiveStar.Indicators;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>A loaded, merged and validated criteria document: the scheme's categories, criteria, vetoes and level policy.</summary>
public sealed class CriteriaDocument
{
    internal CriteriaDocument()
    {
    }

    /// <summary>Gets the document id, such as <c>henan-rural-2022</c>.</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>Gets the document's names.</summary>
    public LocalizedText Name { get; internal init; } = null!;

    /// <summary>Gets the region the scheme applies to.</summary>
    public string? Region { get; internal init; }

    /// <summary>Gets the document's own version.</summary>
    public string? Version { get; internal init; }

    /// <summary>Gets the rating period.</summary>
    public RatingPeriod Period { get; internal init; } = null!;

    /// <summary>Gets the format the document was written in.</summary>
    public CriteriaFormat Format { get; internal init; }

    /// <summary>Gets the file the document was read from, or a name given by the caller.</summary>
    public string Source { get; internal init; } = null!;

    /// <summary>Gets the chain of documents this one extends, nearest first.</summary>
    public IReadOnlyList<string> Extends { get; internal init; } = [];

    /// <summary>Gets the indicators the document itself declares (plug-ins declare the others).</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; internal init; } = [];

    /// <summary>Gets the named constants criteria use.</summary>
    public IReadOnlyList<ParameterDefinition> Parameters { get; internal init; } = [];

    /// <summary>Gets the named expressions every criterion may use.</summary>
    public IReadOnlyList<ScopedParameter> GlobalParams { get; internal init; } = [];

    /// <summary>Gets the categories (stars), in document order; disabled categories are left out.</summary>
    public IReadOnlyList<CategoryDefinition> Categories { get; internal init; } = null!;

    /// <summary>Gets the vetoes.</summary>
    public IReadOnlyList<VetoDefinition> Vetoes { get; internal init; } = [];

    /// <summary>Gets how stars become a level.</summary>
    public LevelPolicy Level { get; internal init; } = LevelPolicy.StarCount;

    /// <summary>Gets how award rules count criteria whose inputs are missing.</summary>
    public MissingValuePolicy MissingValues { get; internal init; } = MissingValuePolicy.NotMet;

    /// <summary>Gets the warnings found while loading: problems that do not stop the load, such as a parameter nothing reads.</summary>
    public IReadOnlyList<CriteriaDiagnostic> Warnings { get; internal set; } = [];

    /// <summary>Gets the merged document in the criteria format (after <c>extends</c> and the plug-ins' defaults), as <see cref="CriteriaJsonWriter"/> writes it.</summary>
    internal CriteriaDocumentDto? Effective { get; set; }

    /// <summary>Gets a value indicating whether the document declares no indicators and takes its fields from the village data (RulesEngine files).</summary>
    public bool FieldsFromData => Format == CriteriaFormat.RulesEngine;
}
