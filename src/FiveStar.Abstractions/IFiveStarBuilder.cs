using Microsoft.Extensions.DependencyInjection;

namespace FiveStar;

/// <summary>Configures FiveStar inside <c>services.AddFiveStar(b => ...)</c>; category plug-ins add themselves through extension methods on it.</summary>
public interface IFiveStarBuilder
{
    /// <summary>Gets the service collection FiveStar registers into.</summary>
    IServiceCollection Services { get; }
}
