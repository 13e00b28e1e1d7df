using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>Limits that protect the loader from hostile or broken criteria files; hitting one is a load error, never a hang; and the language of messages.</summary>
public sealed class CriteriaLoaderOptions
{
    /// <summary>
    /// Gets or sets the language of load errors and warnings, compile errors, and (through the rater's schema) data problems
    /// and rating reasons. Default <see cref="Language.Current"/> when the options are created.
    /// </summary>
    public Language Language { get; set; } = Language.Current;

    /// <summary>
    /// Gets or sets a value indicating whether warnings (a parameter that nothing reads, say) are load errors, as
    /// <c>fivestar validate --strict</c> makes them. Default <see langword="false"/>: warnings come with the document in
    /// <see cref="CriteriaDocument.Warnings"/>.
    /// </summary>
    public bool WarningsAsErrors { get; set; }

    /// <summary>Gets or sets the largest criteria file accepted, in bytes. Default 4 MiB.</summary>
    public int MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets the deepest JSON nesting accepted. Default 64.</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Gets or sets the longest expression accepted, in characters. Default 4,000.</summary>
    public int MaxExpressionLength { get; set; } = 4_000;

    /// <summary>Gets or sets the deepest nesting of parentheses and nested rules accepted. Default 32.</summary>
    public int MaxExpressionNesting { get; set; } = 32;

    /// <summary>Gets or sets the most criteria (including nested rules and vetoes) a document may have. Default 2,000.</summary>
    public int MaxCriteria { get; set; } = 2_000;

    /// <summary>
    /// Gets or sets the most operations one expression may have once the derived indicators it reads are inlined (they are
    /// inlined wherever they are read, so <c>d2 = d1 + d1</c>, <c>d3 = d2 + d2</c>, … doubles at each step). Default 10,000.
    /// </summary>
    public int MaxExpandedNodes { get; set; } = 10_000;

    /// <summary>
    /// Gets or sets the most operations a whole document may compile to: every criterion, veto, scoped parameter and derived
    /// indicator, derived indicators inlined. This bounds the time and memory a load takes. Default 100,000.
    /// </summary>
    public int MaxDocumentNodes { get; set; } = 100_000;

    /// <summary>
    /// Gets or sets the most characters of expressions (criteria, vetoes, scoped parameters, derived indicators) a document
    /// may hold, checked before any is parsed; parsing takes the most time of a load (on the 2-core test machine a document
    /// at this limit loads in about 3 s). Default 50,000.
    /// </summary>
    public int MaxTotalExpressionLength { get; set; } = 50_000;

    /// <summary>Gets or sets the longest chain of <c>extends</c> accepted. Default 16.</summary>
    public int MaxExtendsDepth { get; set; } = 16;
}
