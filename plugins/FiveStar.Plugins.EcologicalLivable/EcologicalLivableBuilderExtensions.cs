using FiveStar.Plugins.EcologicalLivable;

namespace FiveStar;

/// <summary>Registers the 生态宜居星 (Ecological &amp; Liveable) category plug-in with FiveStar.</summary>
public static class EcologicalLivableBuilderExtensions
{
    /// <summary>Adds the 生态宜居星 (Ecological &amp; Liveable) category, its indicators and its default criteria; calling it again has no effect.</summary>
    /// <param name="builder">The FiveStar builder from <c>services.AddFiveStar(b => ...)</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IFiveStarBuilder AddEcologicalLivable(this IFiveStarBuilder builder)
    {
        return builder.AddCategoryPlugin<EcologicalLivablePlugin>();
    }
}
