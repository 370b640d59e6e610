using Microsoft.Extensions.DependencyInjection;

namespace FactCheck;

/// <summary>Registers FactCheck with Microsoft.Extensions.DependencyInjection.</summary>
public static class FactCheckServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="FactChecker"/>, built on first use with the container's services (so rules can
    /// take services in their constructors) and the options given.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the checker, or null for the defaults.</param>
    public static IServiceCollection AddFactCheck(this IServiceCollection services, Action<FactCheckerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => FactChecker.Create(options =>
        {
            options.WithServices(provider);
            configure?.Invoke(options);
        }));
        return services;
    }
}
