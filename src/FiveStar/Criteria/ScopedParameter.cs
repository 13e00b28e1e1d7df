namespace FiveStar.Criteria;

/// <summary>A named expression evaluated per village before the criteria that use it (RulesEngine's GlobalParams and LocalParams).</summary>
/// <param name="Name">The name expressions use.</param>
/// <param name="Expression">The expression in RulesEngine's language.</param>
public sealed record ScopedParameter(string Name, string Expression);
