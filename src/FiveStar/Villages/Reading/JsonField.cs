namespace FiveStar.Villages.Reading;

/// <summary>One member of a village object read from JSON: a number, a text or a boolean (as text), or null.</summary>
/// <param name="Name">The member name.</param>
/// <param name="Number">The value when it is a JSON number.</param>
/// <param name="Text">The value when it is a string or boolean, as text; null for JSON null or numbers.</param>
/// <param name="Column">The 1-based column of the value on its line, when known.</param>
internal readonly record struct JsonField(string Name, double? Number, string? Text, int Column);
