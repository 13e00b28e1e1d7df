using FiveStar.Plugins.SafetyRuleOfLaw;

namespace FiveStar;

/// <summary>Registers the 平安法治星 (Safety &amp; Rule of Law) category plug-in with FiveStar.</summary>
public static class SafetyRuleOfLawBuilderExtensions
{
    /// <summary>Adds the 平安法治星 (Safety &amp; Rule of Law) category, its indicators and its default criteria; calling it again has no effect.</summary>
    /// <param name="builder">The FiveStar builder from <c>services.AddFiveStar(b => ...)</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IFiveStarBuilder AddSafetyRuleOfLaw(this IFiveStarBuilder builder)
    {
        return builder.AddCategoryPlugin<SafetyRuleOfLawPlugin>();
    }
}
