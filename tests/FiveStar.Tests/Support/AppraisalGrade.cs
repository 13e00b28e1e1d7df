namespace FiveStar.Tests.Support;

/// <summary>The secretary's appraisal grade, as an enum of the application's own.</summary>
public enum AppraisalGrade
{
    Excellent,
    Competent,
    BasicallyCompetent,
    Incompetent,
}
