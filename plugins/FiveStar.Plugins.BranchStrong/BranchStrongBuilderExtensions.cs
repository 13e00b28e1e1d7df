using FiveStar.Plugins.BranchStrong;

namespace FiveStar;

/// <summary>Registers the 支部过硬星 (Strong Branch) category plug-in with FiveStar.</summary>
public static class BranchStrongBuilderExtensions
{
    /// <summary>Adds the 支部过硬星 (Strong Branch) category, its indicators and its default criteria; calling it again has no effect.</summary>
    /// <param name="builder">The FiveStar builder from <c>services.AddFiveStar(b => ...)</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IFiveStarBuilder AddBranchStrong(this IFiveStarBuilder builder)
    {
        return builder.AddCategoryPlugin<BranchStrongPlugin>();
    }
}
