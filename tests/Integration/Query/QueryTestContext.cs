using Amazon.DynamoDBv2;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>One service provider, one table and one seed for every query test of the run (they only read).</summary>
public sealed class QueryTestContext
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static QueryTestContext? _instance;

    private QueryTestContext(ServiceProvider services, QuerySeed seed)
    {
        Services = services;
        Seed = seed;
        Client = services.GetRequiredService<IAmazonDynamoDB>();
        Requests = new RequestLog(Client);
    }

    public ServiceProvider Services { get; }

    public QuerySeed Seed { get; }

    public IAmazonDynamoDB Client { get; }

    public RequestLog Requests { get; }

    public static async Task<QueryTestContext> GetAsync(DynamoDbLocalFixture fixture)
    {
        await Gate.WaitAsync();
        try
        {
            if (_instance is null)
            {
                var prefix = fixture.NewTablePrefix("querytests");
                var services = TestServices.BuildFor(fixture, prefix, null, typeof(PurchaseConfiguration));
                var metadata = services.GetRequiredService<EntityModel>().Get<Purchase>();
                var seed = await QuerySeed.WriteAsync(services.GetRequiredService<IAmazonDynamoDB>(), metadata, prefix + "Purchases");
                _instance = new QueryTestContext(services, seed);
            }

            return _instance;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Opens a scope with a fresh repository (and unit of work).</summary>
    public (IServiceScope Scope, IDynamoRepository<Purchase> Purchases) Scope()
    {
        var scope = Services.CreateScope();
        return (scope, scope.ServiceProvider.GetRequiredService<IDynamoRepository<Purchase>>());
    }
}
