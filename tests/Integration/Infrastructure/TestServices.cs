using System.Reflection;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.IntegrationTests.Infrastructure;

/// <summary>
/// Builds a service provider wired to the fixture's DynamoDB Local with a table prefix of its own, and creates the
/// tables of the configured entities before returning it. Dispose the provider at the end of the test (class).
/// </summary>
public static class TestServices
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    /// <summary>
    /// Registers with <c>AddDynamoRepositories</c> scanning <paramref name="assemblies"/> (every configuration in them
    /// joins the model, and every table is created: prefer <see cref="BuildFor"/> to keep a test to its own entities).
    /// </summary>
    public static ServiceProvider Build(
        DynamoDbLocalFixture fixture,
        string tablePrefix,
        Action<DynamoRepositoryOptions>? configure = null,
        params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var services = new ServiceCollection().AddDynamoRepositories(Options(fixture, tablePrefix, configure), assemblies);
        return Create(services);
    }

    /// <summary>
    /// Registers only the given entity configuration classes and custom repositories (internal ones included), so
    /// that configurations written for other tests stay out of the model.
    /// </summary>
    public static ServiceProvider BuildFor(
        DynamoDbLocalFixture fixture,
        string tablePrefix,
        Action<DynamoRepositoryOptions>? configure = null,
        params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var services = new ServiceCollection().AddDynamoRepositoriesFromTypes(Options(fixture, tablePrefix, configure), types);
        return Create(services);
    }

    private static Action<DynamoRepositoryOptions> Options(DynamoDbLocalFixture fixture, string tablePrefix, Action<DynamoRepositoryOptions>? configure) =>
        options =>
        {
            options.ServiceUrl = fixture.ServiceUrl;
            options.TablePrefix = tablePrefix;
            configure?.Invoke(options);
        };

    private static ServiceProvider Create(IServiceCollection services)
    {
        var provider = services.BuildServiceProvider(Strict);
        try
        {
            _ = provider.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value;
            Task.Run(() => provider.GetRequiredService<IDynamoTableManager>().CreateTablesAsync()).GetAwaiter().GetResult();
            return provider;
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }
}
