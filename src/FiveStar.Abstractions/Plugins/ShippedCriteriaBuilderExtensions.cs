using FiveStar.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace FiveStar;

/// <summary>Registers criteria documents that an extension package ships.</summary>
public static class ShippedCriteriaBuilderExtensions
{
    /// <summary>Makes a shipped criteria document available by its id; registering one id again has no effect.</summary>
    /// <param name="builder">The FiveStar builder from <c>services.AddFiveStar(b => ...)</c>.</param>
    /// <param name="document">The document.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IFiveStarBuilder AddShippedCriteria(this IFiveStarBuilder builder, ShippedCriteriaDocument document)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(document);
        var registered = builder.Services.Any(d => d.ServiceType == typeof(ShippedCriteriaDocument)
            && d.ImplementationInstance is ShippedCriteriaDocument existing
            && string.Equals(existing.Id, document.Id, StringComparison.OrdinalIgnoreCase));
        if (!registered)
        {
            builder.Services.AddSingleton(document);
        }

        return builder;
    }
}
