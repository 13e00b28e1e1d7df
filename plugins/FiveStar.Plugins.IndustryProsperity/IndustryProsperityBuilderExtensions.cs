using FiveStar.Plugins.IndustryProsperity;

namespace FiveStar;

/// <summary>Registers the 产业兴旺星 (Thriving Industry) category plug-in with FiveStar.</summary>
public static class IndustryProsperityBuilderExtensions
{
    /// <summary>Adds the 产业兴旺星 (Thriving Industry) category, its indicators and its default criteria; calling it again has no effect.</summary>
    /// <param name="builder">The FiveStar builder from <c>services.AddFiveStar(b => ...)</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IFiveStarBuilder AddIndustryProsperity(this IFiveStarBuilder builder)
    {
        return builder.AddCategoryPlugin<IndustryProsperityPlugin>();
    }
}
