using FiveStar.Text;

namespace FiveStar.Compilation.Plan;

/// <summary>A criterion's ErrorMessage in Chinese and English, each resolved at load; a language the file left out shows the other.</summary>
internal sealed class LocalizedMessage(MessageTemplate? zh, MessageTemplate? en)
{
    /// <summary>Gets the values either language's placeholders insert.</summary>
    public IEnumerable<ValueRef> Values => ReferenceEquals(zh, en) || en is null ? zh?.Values ?? []
        : zh is null ? en.Values
        : zh.Values.Concat(en.Values).DistinctBy(v => v.Id);

    /// <summary>Returns the template in the language, or in the other one when the file gives none in it.</summary>
    public MessageTemplate In(Language language) => (language.IsEnglish ? en ?? zh : zh ?? en)!;
}
