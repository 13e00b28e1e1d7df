namespace FiveStar.Indicators;

/// <summary>The kind of value an indicator holds; it decides how values are parsed, checked and exposed to expressions.</summary>
public enum IndicatorType
{
    /// <summary>A real number (exposed to expressions as <see cref="double"/>).</summary>
    Number,

    /// <summary>A whole number such as a count (exposed as <see cref="int"/>).</summary>
    WholeNumber,

    /// <summary>True or false (exposed as <see cref="bool"/>).</summary>
    Boolean,

    /// <summary>A percentage from 0 to 100 (exposed as <see cref="double"/>).</summary>
    Percent,

    /// <summary>An amount of money in yuan (exposed as <see cref="double"/>).</summary>
    Money,

    /// <summary>One of a declared list of values (exposed as text that expressions compare with <c>==</c> and <c>!=</c>).</summary>
    Enumeration,

    /// <summary>Free text found in village data that declares no indicator (compared with <c>==</c> and <c>!=</c> only).</summary>
    Text,
}
