namespace FiveStar.Rating;

/// <summary>A veto (一票否决) that was triggered for a village.</summary>
/// <param name="Id">The veto id.</param>
/// <param name="Scope">Whether it acts on one category or the whole rating.</param>
/// <param name="Effect">What it did.</param>
/// <param name="CategoryId">The category whose star it removed, for category scope.</param>
/// <param name="Reason">The reason shown to people.</param>
public sealed record AppliedVeto(string Id, VetoScope Scope, VetoEffect Effect, string? CategoryId, string Reason);
