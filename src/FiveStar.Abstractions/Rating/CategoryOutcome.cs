namespace FiveStar.Rating;

/// <summary>Why a category's star was or was not awarded.</summary>
public enum CategoryOutcome
{
    /// <summary>The star was awarded.</summary>
    Awarded,

    /// <summary>Too few criteria were met for the award rule.</summary>
    CriteriaNotMet,

    /// <summary>The points earned were below the threshold.</summary>
    PointsBelowThreshold,

    /// <summary>A criterion required whatever the points was not met.</summary>
    RequiredCriterionNotMet,

    /// <summary>A prerequisite star was not awarded.</summary>
    PrerequisiteNotMet,

    /// <summary>A veto (一票否决) removed the star.</summary>
    Vetoed,

    /// <summary>A rating-wide veto voided every star.</summary>
    RatingVoided,
}
