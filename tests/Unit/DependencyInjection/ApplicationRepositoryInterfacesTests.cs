using Dynamo.Repositories.Options;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

public sealed class ApplicationRepositoryInterfacesTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    [Fact]
    public void AddDynamoRepositoryInterfaces_ResolvesTheApplicationsPair_ForThreeEntities()
    {
        using var provider = Services().AddDynamoRepositoryInterfaces(typeof(IAppRepository<>), typeof(IAppReadRepository<>)).BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();

        AssertServed(scope.ServiceProvider.GetRequiredService<IAppRepository<Cart>>(), "unit-Carts");
        AssertServed(scope.ServiceProvider.GetRequiredService<IAppRepository<Shipment>>(), "unit-Shipments");
        AssertServed(scope.ServiceProvider.GetRequiredService<IAppRepository<Invoice>>(), "unit-Invoices");
        AssertServed(scope.ServiceProvider.GetRequiredService<IAppReadRepository<Cart>>(), "unit-Carts");
        AssertServed(scope.ServiceProvider.GetRequiredService<IAppReadRepository<Shipment>>(), "unit-Shipments");
        AssertServed(scope.ServiceProvider.GetRequiredService<IAppReadRepository<Invoice>>(), "unit-Invoices");
    }

    [Fact]
    public void AddDynamoRepositoryInterfaces_SharesTheScopesUnitOfWork_WhenResolved()
    {
        using var provider = Services().AddDynamoRepositoryInterfaces(typeof(IAppRepository<>)).BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();

        var repository = (IDynamoRepository<Cart>)scope.ServiceProvider.GetRequiredService<IAppRepository<Cart>>();
        repository.Add(new Cart { Id = "c-1" });

        Assert.Equal(1, scope.ServiceProvider.GetRequiredService<IUnitOfWork>().PendingCount);
        Assert.NotSame(repository, scope.ServiceProvider.GetRequiredService<IDynamoRepository<Cart>>());
    }

    [Fact]
    public void AddDynamoRepositoryInterfaces_ThrowsPointingToCustomRepositories_WhenTheInterfaceAddsMembers()
    {
        var error = Assert.Throws<EntityConfigurationException>(() => Services().AddDynamoRepositoryInterfaces(typeof(IAppRepositoryWithExtras<>)));

        Assert.Contains("PurgeAsync", error.Message, StringComparison.Ordinal);
        Assert.Contains("custom repository", error.Message, StringComparison.Ordinal);
        Assert.Equal(typeof(IAppRepositoryWithExtras<>), error.EntityType);
    }

    [Theory]
    [InlineData(typeof(IDisposable))]
    [InlineData(typeof(IAppRepository<Cart>))]
    public void AddDynamoRepositoryInterfaces_Throws_WhenNotAnOpenGenericInterface(Type type)
    {
        var error = Assert.Throws<EntityConfigurationException>(() => Services().AddDynamoRepositoryInterfaces(type));

        Assert.Contains("open generic interface", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDynamoRepositoryInterfaces_Throws_WhenTheInterfaceIsNotPublic()
    {
        var error = Assert.Throws<EntityConfigurationException>(() => Services().AddDynamoRepositoryInterfaces(typeof(IHiddenRepository<>)));

        Assert.Contains("must be public", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDynamoRepositories_TakesAnExplicitListOfTypes_InsteadOfAssemblies()
    {
        var services = new ServiceCollection().AddDynamoRepositories(
            (DynamoRepositoryOptions o) => o.ServiceUrl = "http://localhost:8000",
            new[] { typeof(GadgetConfiguration) });
        using var provider = services.BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();

        Assert.Equal("Gadgets", scope.ServiceProvider.GetRequiredService<IDynamoRepository<Gadget>>().TableName);
        Assert.Throws<EntityConfigurationException>(() => scope.ServiceProvider.GetRequiredService<IDynamoRepository<Widget>>());
    }

    private static void AssertServed<T>(Ardalis.Specification.IReadRepositoryBase<T> repository, string tableName)
        where T : class
    {
        var dynamo = Assert.IsAssignableFrom<DynamoRepository<T>>(repository);
        Assert.Equal(tableName, dynamo.TableName);
    }

    private static IServiceCollection Services() =>
        new ServiceCollection().AddDynamoRepositories(
            o =>
            {
                o.ServiceUrl = "http://localhost:8000";
                o.TablePrefix = "unit-";
            },
            [typeof(ApplicationEntitiesConfiguration)]);

    internal interface IHiddenRepository<T> : Ardalis.Specification.IRepositoryBase<T>
        where T : class;
}
