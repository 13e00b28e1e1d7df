using FiveStar.Criteria.Building;
using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Criteria.Awards;

/// <summary>
/// What one award rule is, all in one type: its word in criteria files, how its <c>award</c> is read and checked, how it
/// decides a star from criterion bits (pure), the reasons it gives for a star it withholds, and which unmet criteria gap
/// analysis advises fixing. It sits in Criteria, the lowest layer that reading, planning, emitting and rating all see;
/// each of them asks the category's row of <see cref="AwardKindTable"/> instead of switching on <see cref="AwardKind"/>.
/// </summary>
/// <param name="kind">The rule's public name.</param>
/// <param name="word">Its word in criteria files.</param>
/// <param name="reasonNames">The names, in the resources, of the reasons it gives.</param>
/// <param name="countsPoints">Whether it weighs points.</param>
internal abstract class AwardKindRule(AwardKind kind, string word, IReadOnlyList<string> reasonNames, bool countsPoints = false)
{
    /// <summary>Gets the rule's public name.</summary>
    public AwardKind Kind => kind;

    /// <summary>Gets its word in criteria files (<c>award.rule</c>).</summary>
    public string Word => word;

    /// <summary>Gets the names, in the resources, of the reasons <see cref="Reason"/> gives.</summary>
    public IReadOnlyList<string> ReasonNames => reasonNames;

    /// <summary>Gets whether the rule weighs points: a category with it keeps its points in the results.</summary>
    public bool CountsPoints => countsPoints;

    /// <summary>Reads a category's <c>award</c> and reports what is wrong with it against the category's enabled criteria.</summary>
    /// <param name="dto">The award as written.</param>
    /// <param name="source">Where it is written.</param>
    /// <param name="categoryId">The category's id, for messages.</param>
    /// <param name="enabled">The category's enabled criteria.</param>
    /// <param name="context">Where problems are reported.</param>
    /// <returns>The rule as the document model holds it.</returns>
    public abstract AwardRule Read(AwardDto dto, SourceRef source, string categoryId, List<CriterionDefinition> enabled, BuildContext context);

    /// <summary>
    /// How many of a category's criteria, once met, award its star when that count alone decides it, so the one-word
    /// path can decide without branches (<c>OneWordAwardEmitter</c>); <see langword="null"/> when it does not.
    /// </summary>
    /// <param name="award">The category's rule.</param>
    /// <param name="criteria">How many criteria the category has.</param>
    public abstract int? CountThatAwards(AwardRule award, int criteria);

    /// <summary>Decides a category's star from its criteria alone; vetoes and prerequisites are the decider's.</summary>
    /// <param name="met">The village's met bits (missing ones included when the policy counts them), one word per 64 predicates.</param>
    /// <param name="mask">The category's criteria bits, per word.</param>
    /// <param name="requiredMask">The bits of its required criteria, per word.</param>
    /// <param name="award">The category's rule.</param>
    /// <param name="earned">The points of its met criteria (0 when the category keeps no points).</param>
    /// <returns><see cref="CategoryOutcome.Awarded"/>, or why the criteria do not award the star.</returns>
    public abstract CategoryOutcome Decide(ReadOnlySpan<ulong> met, ReadOnlySpan<ulong> mask, ReadOnlySpan<ulong> requiredMask, AwardRule award, double earned);

    /// <summary>Says why the star was withheld, for the outcomes <see cref="Decide"/> gives.</summary>
    /// <param name="outcome">The category's outcome.</param>
    /// <param name="award">The category's rule.</param>
    /// <param name="criteria">Its criteria as rated.</param>
    /// <param name="earned">The points its met criteria earned.</param>
    /// <param name="language">The language of the reason.</param>
    /// <returns>The reason; <see langword="null"/> for an outcome the rule does not give (vetoes, prerequisites).</returns>
    public abstract string? Reason(CategoryOutcome outcome, AwardRule award, IReadOnlyList<CriterionResult> criteria, double earned, Language language);

    /// <summary>Chooses the unmet criteria to advise fixing: the fewest and easiest that would award the star.</summary>
    /// <typeparam name="T">What the caller keeps of each criterion.</typeparam>
    /// <param name="unmet">The criteria not met, easiest first, each with its points and whether it is required.</param>
    /// <param name="award">The category's rule.</param>
    /// <param name="met">How many of the category's criteria are met.</param>
    /// <param name="earned">The points its met criteria earned.</param>
    /// <returns>The chosen criteria, in the order they are advised.</returns>
    public abstract IEnumerable<T> ToFix<T>(IReadOnlyList<(T Criterion, double Points, bool Required)> unmet, AwardRule award, int met, double earned);

    /// <summary>The ids of the criteria not passed, as the reasons list them.</summary>
    protected static string NotPassed(IReadOnlyList<CriterionResult> criteria) =>
        string.Join(", ", criteria.Where(c => c.State != CriterionState.Passed).Select(c => c.Id));
}
