using Amazon.DynamoDBv2;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamo.Repositories.DependencyInjection;

/// <summary>
/// Tells, without creating any client, whether the container resolves <c>IAmazonDynamoDB</c> to the client the library
/// makes from its options or to one the host registered (e.g. with <c>AddAWSService&lt;IAmazonDynamoDB&gt;()</c>),
/// in which case the client options are ignored. The last registration of a service is the one resolved.
/// </summary>
/// <param name="services">The collection the container was built from.</param>
/// <param name="own">The library's registration of the client.</param>
internal sealed class DynamoClientSource(IServiceCollection services, ServiceDescriptor own)
{
    /// <summary>Gets a value indicating whether the client resolved is the one the library creates from its options.</summary>
    public bool CreatedFromOptions =>
        ReferenceEquals(services.LastOrDefault(d => !d.IsKeyedService && d.ServiceType == typeof(IAmazonDynamoDB)), own);
}
