using FiveStar.Text;

namespace FiveStar.Indicators;

/// <summary>One allowed value of an enumeration indicator, in the order the indicator declares them.</summary>
/// <param name="Id">The ASCII id used in data and expressions, such as <c>competent</c>.</param>
/// <param name="Name">The value's Chinese and English names.</param>
public sealed record EnumerationValue(string Id, LocalizedText Name);
