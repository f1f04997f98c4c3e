using Amazon.DynamoDBv2;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.DependencyInjection;

/// <summary>The registrations of telemetry and of the client created from the options (TryAdd semantics).</summary>
internal static class DynamoObservabilityRegistrations
{
    /// <summary>Registers <c>IMeterFactory</c> (unless the host did), the instrumentation and the client made from the options.</summary>
    public static void AddObservabilityServices(this IServiceCollection services, DynamoRegistration registration)
    {
        services.AddMetrics();
        services.TryAddSingleton<DynamoInstrumentation>();
        var client = ServiceDescriptor.Singleton<IAmazonDynamoDB>(
            sp => DynamoClientFactory.Create(sp.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value, registration.OptionsKeyPrefix));
        services.TryAdd(client);
        services.TryAddSingleton(new DynamoClientSource(services, client));
    }
}
