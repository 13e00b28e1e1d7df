using FiveStar.Criteria.Json;
using FiveStar.Resources;

namespace FiveStar.Criteria.Building;

/// <summary>
/// The words one enumerated member of the format accepts, each with the value it stands for, and the message that says
/// what was expected when a file writes another word. Words compare as <see cref="TextParsing.Normalize"/> does, so
/// <c>half_yearly</c>, <c>HalfYearly</c> and <c>half-yearly</c> are one word.
/// </summary>
/// <typeparam name="T">The value a word stands for.</typeparam>
internal sealed class KeywordTable<T>
    where T : struct, Enum
{
    // Arrays searched in order, not a Dictionary<string, T>: a table holds a dozen words at most, and each enum's
    // dictionary, comparer and lookups were some hundred methods to JIT on a cold start.
    private readonly string[] _words;
    private readonly T[] _values;
    private readonly List<string> _names = [];

    /// <summary>Initializes a table.</summary>
    /// <param name="member">The JSON member the word is written in; an unknown word is reported there.</param>
    /// <param name="messageName">
    /// The message for an unknown word (a name in <see cref="Messages"/>): <c>{0}</c> is the id of what the member belongs
    /// to, <c>{1}</c> the word as written, <c>{2}</c> a did-you-mean hint among the words; each message uses those it needs.
    /// </param>
    /// <param name="fallback">The value an unknown word is read as, so that building goes on and reports the rest.</param>
    /// <param name="words">The accepted words; the first word of each value is its name in hints.</param>
    public KeywordTable(string member, string messageName, T fallback, params (string Word, T Value)[] words)
    {
        Member = member;
        MessageName = messageName;
        Fallback = fallback;
        _words = new string[words.Length];
        _values = new T[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var (word, value) = words[i];
            var normalized = TextParsing.Normalize(word);
            if (Array.IndexOf(_words, normalized, 0, i) >= 0)
            {
                throw new ArgumentException(word, nameof(words));
            }

            if (!IsListed(value, i))
            {
                _names.Add(word);
            }

            _words[i] = normalized;
            _values[i] = value;
        }
    }

    /// <summary>Gets the JSON member the word is written in.</summary>
    public string Member { get; }

    /// <summary>Gets the name of the message for an unknown word.</summary>
    public string MessageName { get; }

    /// <summary>Gets the value an unknown word is read as.</summary>
    public T Fallback { get; }

    /// <summary>Gets the name of each value (its first word), in the order the table lists them.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Reads a word; an absent word (null) is not known.</summary>
    public bool TryParse(string? word, out T value)
    {
        var index = Array.IndexOf(_words, TextParsing.Normalize(word ?? string.Empty));
        value = index >= 0 ? _values[index] : default;
        return index >= 0;
    }

    /// <summary>Whether one of the first <paramref name="count"/> words stands for the value already.</summary>
    private bool IsListed(T value, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (_values[i].Equals(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a word, or reports it at <paramref name="parent"/>'s <see cref="Member"/> and returns <see cref="Fallback"/>.</summary>
    public T Parse(string? word, SourceRef parent, string? ownerId, BuildContext context)
    {
        if (TryParse(word, out var value))
        {
            return value;
        }

        context.Report(parent.Child(Member), ownerId, MessageName, ownerId, word, IdSuggestion.Hint(context.Language, word, _names));
        return Fallback;
    }
}
