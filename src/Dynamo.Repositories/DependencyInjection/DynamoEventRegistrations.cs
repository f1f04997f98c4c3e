using Dynamo.Repositories.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dynamo.Repositories.DependencyInjection;

/// <summary>The services behind commit interceptors and domain events, registered with the core services.</summary>
internal static class DynamoEventRegistrations
{
    /// <summary>Registers the scoped commit hooks every unit of work runs.</summary>
    public static void AddEventServices(this IServiceCollection services) => services.TryAddScoped<CommitHooks>();
}
