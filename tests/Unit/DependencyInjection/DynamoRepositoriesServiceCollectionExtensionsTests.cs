using System.Reflection;
using Amazon.DynamoDBv2;
using Ardalis.Specification;
using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

public sealed class DynamoRepositoriesServiceCollectionExtensionsTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    [Fact]
    public void AddDynamoRepositories_ResolvesEveryService_WhenProviderValidatesOnBuildAndScopes()
    {
        using var provider = Services().BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();
        var services = scope.ServiceProvider;

        Assert.IsType<DynamoRepository<Gadget>>(services.GetRequiredService<IDynamoRepository<Gadget>>());
        Assert.IsType<DynamoRepository<Gadget>>(services.GetRequiredService<IReadDynamoRepository<Gadget>>());
        Assert.IsType<DynamoRepository<Gadget>>(services.GetRequiredService<IRepositoryBase<Gadget>>());
        Assert.IsType<DynamoRepository<Gadget>>(services.GetRequiredService<IReadRepositoryBase<Gadget>>());
        Assert.IsType<DynamoTableManager>(services.GetRequiredService<IDynamoTableManager>());
        Assert.IsType<AmazonDynamoDBClient>(services.GetRequiredService<IAmazonDynamoDB>());
        Assert.NotNull(services.GetRequiredService<ILogger<DynamoTableManager>>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
        Assert.Equal(
            [typeof(Gadget), typeof(Widget)],
            services.GetRequiredService<EntityModel>().Entities.Select(e => e.ClrType).OrderBy(t => t.Name));
    }

    [Fact]
    public void AddDynamoRepositories_SharesOneUnitOfWorkPerScope_WhenResolvedThroughEveryPath()
    {
        using var provider = Services().BuildServiceProvider(Strict);
        using var first = provider.CreateScope();
        using var second = provider.CreateScope();

        var unitOfWork = first.ServiceProvider.GetRequiredService<IUnitOfWork>();

        Assert.Same(unitOfWork, first.ServiceProvider.GetRequiredService<DynamoUnitOfWork>());
        Assert.Same(unitOfWork, first.ServiceProvider.GetRequiredService<DynamoContext>().UnitOfWork);
        Assert.Same(unitOfWork, first.ServiceProvider.GetRequiredService<IDynamoRepository<Gadget>>().UnitOfWork);
        Assert.NotSame(unitOfWork, second.ServiceProvider.GetRequiredService<IUnitOfWork>());
    }

    [Theory]
    [InlineData(typeof(IAmazonDynamoDB), ServiceLifetime.Singleton)]
    [InlineData(typeof(EntityModel), ServiceLifetime.Singleton)]
    [InlineData(typeof(TableNameResolver), ServiceLifetime.Singleton)]
    [InlineData(typeof(IDynamoTableManager), ServiceLifetime.Singleton)]
    [InlineData(typeof(IDynamoExecutor), ServiceLifetime.Singleton)]
    [InlineData(typeof(DynamoUnitOfWork), ServiceLifetime.Scoped)]
    [InlineData(typeof(IUnitOfWork), ServiceLifetime.Scoped)]
    [InlineData(typeof(DynamoContext), ServiceLifetime.Scoped)]
    [InlineData(typeof(IDynamoRepository<>), ServiceLifetime.Scoped)]
    [InlineData(typeof(IReadDynamoRepository<>), ServiceLifetime.Scoped)]
    [InlineData(typeof(IRepositoryBase<>), ServiceLifetime.Scoped)]
    [InlineData(typeof(IReadRepositoryBase<>), ServiceLifetime.Scoped)]
    [InlineData(typeof(WidgetRepository), ServiceLifetime.Scoped)]
    [InlineData(typeof(IWidgetRepository), ServiceLifetime.Scoped)]
    [InlineData(typeof(WidgetConfiguration), ServiceLifetime.Singleton)]
    public void AddDynamoRepositories_RegistersServiceOnceWithLifetime(Type serviceType, ServiceLifetime lifetime)
    {
        var descriptor = Assert.Single(Services(), d => d.ServiceType == serviceType);

        Assert.Equal(lifetime, descriptor.Lifetime);
    }

    [Fact]
    public void AddDynamoRepositories_AddsNothing_WhenCalledTwiceWithTheSameSection()
    {
        var configuration = new ConfigurationBuilder().Build();
        var assembly = typeof(WidgetConfiguration).Assembly;
        var services = new ServiceCollection().AddDynamoRepositories(configuration.GetSection("DynamoDb"), assembly);
        var count = services.Count;

        services.AddDynamoRepositories(configuration.GetSection("DynamoDb"), assembly);

        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void AddDynamoRepositories_AddsNothing_WhenCalledTwiceWithTheSameAction()
    {
        Action<DynamoRepositoryOptions> configure = o => o.TablePrefix = "t-";
        var services = new ServiceCollection().AddDynamoRepositoriesFromTypes(configure, RegistrationTestTypes.Valid);
        var descriptors = services.ToList();

        services.AddDynamoRepositoriesFromTypes(configure, RegistrationTestTypes.Valid);

        Assert.Equal(descriptors, services);
    }

    [Fact]
    public void AddDynamoRepositories_AddsNewConfigurations_WhenCalledAgainWithMoreTypes()
    {
        Action<DynamoRepositoryOptions> configure = o => o.ServiceUrl = "http://localhost:8000";
        var services = new ServiceCollection().AddDynamoRepositoriesFromTypes(configure, [typeof(WidgetConfiguration)]);

        services.AddDynamoRepositoriesFromTypes(configure, [typeof(GadgetConfiguration)]);
        using var provider = services.BuildServiceProvider(Strict);

        Assert.Equal(
            [typeof(Gadget), typeof(Widget)],
            provider.GetRequiredService<EntityModel>().Entities.Select(e => e.ClrType).OrderBy(t => t.Name));
    }

    [Fact]
    public void AddDynamoRepositories_KeepsHostServices_WhenHostRegisteredClockAndLogging()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddLogging();

        using var provider = services.AddDynamoRepositoriesFromTypes(o => o.ServiceUrl = "http://localhost:8000", RegistrationTestTypes.Valid).BuildServiceProvider(Strict);

        Assert.Same(clock, provider.GetRequiredService<TimeProvider>());
        Assert.IsType<LoggerFactory>(provider.GetRequiredService<ILoggerFactory>());
    }

    [Fact]
    public void AddDynamoRepositories_ReturnsTheSameCollection()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddDynamoRepositories(_ => { }));
        Assert.Same(services, services.AddDynamoRepositories(new ConfigurationBuilder().Build()));
    }

    [Fact]
    public void AddDynamoRepositories_FindsInternalConfigurationsAndRepositories_WhenScanningAnAssembly()
    {
        var services = new ServiceCollection().AddDynamoRepositories(_ => { }, typeof(WidgetConfiguration).Assembly);

        Assert.Contains(services, d => d.ServiceType == typeof(WidgetConfiguration) && d.ImplementationType == typeof(WidgetConfiguration));
        Assert.Contains(services, d => d.ServiceType == typeof(WidgetRepository));
        Assert.Contains(services, d => d.ServiceType == typeof(IWidgetRepository));
        Assert.Contains(services, d => d.ServiceType == typeof(IDynamoRepository<Widget>));
        Assert.Contains(
            typeof(WidgetConfiguration),
            ((DynamoRegistration)services.Single(d => d.ServiceType == typeof(DynamoRegistration)).ImplementationInstance!).ConfigurationTypes);
    }

    [Fact]
    public void AddDynamoRepositories_ResolvesCustomRepositoryByBothInterfaces_WhenOneIsDeclared()
    {
        using var provider = Services().BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();

        var custom = scope.ServiceProvider.GetRequiredService<IWidgetRepository>();

        Assert.IsType<WidgetRepository>(custom);
        Assert.Same(custom, scope.ServiceProvider.GetRequiredService<IDynamoRepository<Widget>>());
        Assert.Same(custom, scope.ServiceProvider.GetRequiredService<IReadDynamoRepository<Widget>>());
        Assert.Same(custom, scope.ServiceProvider.GetRequiredService<IRepositoryBase<Widget>>());
        Assert.Equal("unit-Widgets", custom.Describe());
    }

    [Fact]
    public void AddDynamoRepositories_UsesHostClientAsIs_WhenRegisteredBefore()
    {
        var client = Substitute.For<IAmazonDynamoDB>();
        var services = new ServiceCollection().AddSingleton(client);

        using var provider = services.AddDynamoRepositoriesFromTypes(_ => { }, RegistrationTestTypes.Valid).BuildServiceProvider(Strict);

        Assert.Same(client, provider.GetRequiredService<IAmazonDynamoDB>());
        using var scope = provider.CreateScope();
        Assert.Same(client, scope.ServiceProvider.GetRequiredService<DynamoContext>().Client);
    }

    [Fact]
    public void AddDynamoRepositories_SendsThroughSdkExecutorOverHostClient_WhenHostRegisteredClient()
    {
        var client = Substitute.For<IAmazonDynamoDB>();

        using var provider = Services().AddSingleton(client).BuildServiceProvider(Strict);
        using var scope = provider.CreateScope();

        var telemetry = Assert.IsType<TelemetryExecutor>(provider.GetRequiredService<IDynamoExecutor>());
        var executor = Assert.IsType<SdkExecutor>(telemetry.Inner);
        Assert.Same(client, executor.Client);
        Assert.Same(telemetry, scope.ServiceProvider.GetRequiredService<DynamoContext>().Executor);
    }

    [Fact]
    public void AddDynamoRepositories_UsesHostClientAsIs_WhenAddedAfter()
    {
        var client = Substitute.For<IAmazonDynamoDB>();

        using var provider = Services().AddSingleton(client).BuildServiceProvider(Strict);

        Assert.Same(client, provider.GetRequiredService<IAmazonDynamoDB>());
    }

    [Fact]
    public void AddDynamoRepositories_CreatesClientFromOptions_WhenHostRegisteredNone()
    {
        using var provider = Services(o => o.ServiceUrl = "http://localhost:8123").BuildServiceProvider(Strict);

        var client = Assert.IsType<AmazonDynamoDBClient>(provider.GetRequiredService<IAmazonDynamoDB>());

        Assert.Equal("http://localhost:8123/", client.Config.ServiceURL);
    }

    [Fact]
    public void AddDynamoRepositories_IsolatesContainers_WhenTwoHaveDifferentOptions()
    {
        using var first = Services(o => (o.TablePrefix, o.ServiceUrl) = ("blue-", "http://localhost:8001")).BuildServiceProvider(Strict);
        using var second = Services(o => (o.TablePrefix, o.ServiceUrl) = ("green-", "http://localhost:8002")).BuildServiceProvider(Strict);

        Assert.Equal("blue-Widgets", first.GetRequiredService<TableNameResolver>().Resolve("Widgets"));
        Assert.Equal("green-Widgets", second.GetRequiredService<TableNameResolver>().Resolve("Widgets"));
        Assert.Equal("blue-", first.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value.TablePrefix);
        Assert.Equal("http://localhost:8001/", ((AmazonDynamoDBClient)first.GetRequiredService<IAmazonDynamoDB>()).Config.ServiceURL);
        Assert.Equal("http://localhost:8002/", ((AmazonDynamoDBClient)second.GetRequiredService<IAmazonDynamoDB>()).Config.ServiceURL);
        Assert.NotSame(first.GetRequiredService<EntityModel>(), second.GetRequiredService<EntityModel>());
    }

    [Fact]
    public async Task HostedService_FailsNamingEntity_WhenAConfigurationIsWrong()
    {
        using var provider = new ServiceCollection()
            .AddDynamoRepositoriesFromTypes(_ => { }, [typeof(KeylessGadgetConfiguration)])
            .BuildServiceProvider(Strict);
        var hosted = Assert.Single(provider.GetServices<IHostedService>());

        var exception = await Assert.ThrowsAsync<EntityConfigurationException>(() => hosted.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(typeof(Gadget), exception.EntityType);
        Assert.Contains(nameof(Gadget), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostedService_CreatesTables_OnlyWhenCreateTablesOnStartup()
    {
        var manager = Substitute.For<IDynamoTableManager>();
        var services = new ServiceCollection().AddSingleton(manager);
        using var off = services.AddDynamoRepositoriesFromTypes(_ => { }, RegistrationTestTypes.Valid).BuildServiceProvider(Strict);
        using var on = new ServiceCollection().AddSingleton(manager)
            .AddDynamoRepositoriesFromTypes(o => o.CreateTablesOnStartup = true, RegistrationTestTypes.Valid)
            .BuildServiceProvider(Strict);

        await off.GetServices<IHostedService>().Single().StartAsync(TestContext.Current.CancellationToken);
        await manager.DidNotReceive().CreateTablesAsync(Arg.Any<CancellationToken>());
        await on.GetServices<IHostedService>().Single().StartAsync(TestContext.Current.CancellationToken);

        await manager.Received(1).CreateTablesAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Client_NamesRegionAndServiceUrlKeys_WhenNoEndpointIsKnown()
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DynamoDb:TablePrefix"] = "x-" })
            .Build()
            .GetSection("DynamoDb");
        using var provider = new ServiceCollection().AddDynamoRepositories(section).BuildServiceProvider(Strict);
        var regionFromEnvironment = Amazon.Runtime.FallbackRegionFactory.GetRegionEndpoint();

        var exception = Record.Exception(() => provider.GetRequiredService<IAmazonDynamoDB>());

        if (regionFromEnvironment is null)
        {
            var options = Assert.IsType<DynamoOptionsException>(exception);
            Assert.Contains("Set DynamoDb:Region (e.g. eu-west-1) or DynamoDb:ServiceUrl", options.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(exception);
        }
    }

    [Fact]
    public void AddDynamoRepositories_ThrowsArgumentNull_WhenArgumentsAreNull()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddDynamoRepositories(configuration));
        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddDynamoRepositories(_ => { }));
        Assert.Throws<ArgumentNullException>("configuration", () => services.AddDynamoRepositories((IConfiguration)null!));
        Assert.Throws<ArgumentNullException>("configure", () => services.AddDynamoRepositories((Action<DynamoRepositoryOptions>)null!));
        Assert.Throws<ArgumentNullException>("assemblies", () => services.AddDynamoRepositories(configuration, (Assembly[])null!));
        Assert.Throws<ArgumentException>("assemblies", () => services.AddDynamoRepositories(_ => { }, (Assembly[])[null!]));
        Assert.Empty(services);
    }

    private static IServiceCollection Services(Action<DynamoRepositoryOptions>? configure = null) =>
        new ServiceCollection().AddDynamoRepositoriesFromTypes(
            o =>
            {
                o.TablePrefix = "unit-";
                o.ServiceUrl = "http://localhost:8000";
                configure?.Invoke(o);
            },
            RegistrationTestTypes.Valid);
}
