using FiveStar.Text;

namespace FiveStar.Rating;

/// <summary>How many of the rated villages meet one criterion: the town's weak points (查找短板) at a glance.</summary>
public sealed class CriterionPassRate
{
    /// <summary>Gets the criterion id.</summary>
    public required string CriterionId { get; init; }

    /// <summary>Gets the criterion's names.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Gets the id of the category (star) the criterion belongs to.</summary>
    public required string CategoryId { get; init; }

    /// <summary>Gets the category's names.</summary>
    public required LocalizedText CategoryName { get; init; }

    /// <summary>Gets the number of rated villages counted (villages with data errors are left out, as in the summary).</summary>
    public required long Villages { get; init; }

    /// <summary>Gets how many of them meet the criterion.</summary>
    public required long Passed { get; init; }

    /// <summary>Gets how many do not meet it.</summary>
    public required long NotMet { get; init; }

    /// <summary>Gets how many lack a value it reads.</summary>
    public required long Missing { get; init; }

    /// <summary>Gets how many could not be evaluated (a helper threw).</summary>
    public required long Errors { get; init; }

    /// <summary>Gets the share of counted villages that meet the criterion, from 0 to 1; 0 when no village was counted.</summary>
    public double Rate => Villages == 0 ? 0 : (double)Passed / Villages;
}
