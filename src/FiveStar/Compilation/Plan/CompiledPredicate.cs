using FiveStar.Text;

namespace FiveStar.Compilation.Plan;

/// <summary>One compiled criterion or veto: its bit in the village's masks, the slots it reads and how to explain it.</summary>
internal sealed record CompiledPredicate
{
    public required int Index { get; init; }

    public required string Id { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>Gets the category the criterion belongs to, or -1 for a veto.</summary>
    public required int CategoryIndex { get; init; }

    /// <summary>Gets the veto's index, or -1 for a criterion.</summary>
    public required int VetoIndex { get; init; }

    /// <summary>Gets the slots of the reported indicators it reads; any of them missing makes it "missing".</summary>
    public required int[] Slots { get; init; }

    public double? Points { get; init; }

    public LocalizedMessage? Message { get; init; }

    /// <summary>Gets the derived indicators the criterion's comparisons read, shown with its values so its gap can be measured.</summary>
    public IReadOnlyList<ValueRef> GapValues { get; init; } = [];

    public required CriterionNode Node { get; init; }

    /// <summary>Gets the indices of the category-scoped and document GlobalParams scopes it is evaluated in.</summary>
    public required int ScopeIndex { get; init; }
}
