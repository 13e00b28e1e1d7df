namespace FiveStar.Villages.Reading;

/// <summary>
/// One member of a village object read from JSON, or an entry of an in-memory village (a dictionary, a JSON element, a
/// database row) put in the same form: a number, a text or a boolean (as text), or null.
/// </summary>
/// <param name="Name">The member name.</param>
/// <param name="Number">The value when it is a JSON number.</param>
/// <param name="Text">The value when it is a string or boolean, as text; null for JSON null or numbers.</param>
/// <param name="Column">The 1-based column of the value on its line, or 0 when there is none (an in-memory village).</param>
internal readonly record struct JsonField(string Name, double? Number, string? Text, int Column);
