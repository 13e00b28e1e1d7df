using FiveStar.Plugins;
using FiveStar.Standard.Resources;

namespace FiveStar;

/// <summary>Registers the five standard Henan categories and the documents composed from them.</summary>
public static class StandardCategoriesBuilderExtensions
{
    /// <summary>
    /// Adds the five standard Henan categories (支部过硬星, 产业兴旺星, 生态宜居星, 平安法治星, 文明幸福星) and makes
    /// <see cref="StandardCriteria.HenanRural2022"/> available to <c>extends</c> and <c>AddBuiltInCriteria</c>; calling it
    /// again has no effect.
    /// </summary>
    /// <param name="builder">The FiveStar builder from <c>services.AddFiveStar(b => ...)</c>.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IFiveStarBuilder AddStandardCategories(this IFiveStarBuilder builder) => builder
        .AddBranchStrong()
        .AddIndustryProsperity()
        .AddEcologicalLivable()
        .AddSafetyRuleOfLaw()
        .AddCivilityHappiness()
        .AddShippedCriteria(new ShippedCriteriaDocument(StandardCriteria.HenanRural2022, OpenHenanRural2022));

    private static Stream OpenHenanRural2022() =>
        typeof(StandardCriteria).Assembly.GetManifestResourceStream("FiveStar.Standard.henan-rural-2022.json")
        ?? throw new InvalidOperationException(Localizer.Format(Text.Language.Current, nameof(Messages.Standard_DocumentMissing)));
}
