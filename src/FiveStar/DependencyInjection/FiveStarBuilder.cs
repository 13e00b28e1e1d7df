using Microsoft.Extensions.DependencyInjection;

namespace FiveStar.DependencyInjection;

/// <summary>The builder <c>AddFiveStar</c> hands to its configure callback.</summary>
internal sealed class FiveStarBuilder(IServiceCollection services) : IFiveStarBuilder
{
    public IServiceCollection Services { get; } = services;
}
