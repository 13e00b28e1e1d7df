using FiveStar.Plugins.CivilityHappiness;

namespace FiveStar;

/// <summary>Registers the 文明幸福星 (Civility &amp; Happiness) category plug-in with FiveStar.</summary>
public static class CivilityHappinessBuilderExtensions
{
    /// <summary>Adds the 文明幸福星 (Civility &amp; Happiness) category, its indicators and its default criteria; calling it again has no effect.</summary>
    /// <param name="builder">The FiveStar builder from <c>services.AddFiveStar(b => ...)</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IFiveStarBuilder AddCivilityHappiness(this IFiveStarBuilder builder)
    {
        return builder.AddCategoryPlugin<CivilityHappinessPlugin>();
    }
}
