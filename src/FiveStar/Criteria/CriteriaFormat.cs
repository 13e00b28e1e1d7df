namespace FiveStar.Criteria;

/// <summary>The format a criteria document was written in.</summary>
public enum CriteriaFormat
{
    /// <summary>A FiveStar criteria document (<c>schemaVersion</c>, categories, award rules).</summary>
    FiveStar,

    /// <summary>A plain RulesEngine workflow file: each workflow a category, each rule a criterion.</summary>
    RulesEngine,
}
