using Amazon.DynamoDBv2;
using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Events;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Scrutor;

namespace Dynamo.Repositories;

/// <summary>The individual registrations behind <c>AddDynamoRepositories</c>, all with TryAdd semantics.</summary>
internal static class DynamoServiceRegistrations
{
    private static readonly Type[] RepositoryInterfaces =
    [
        typeof(IDynamoRepository<>),
        typeof(IReadDynamoRepository<>),
        typeof(Ardalis.Specification.IRepositoryBase<>),
        typeof(Ardalis.Specification.IReadRepositoryBase<>),
    ];

    /// <summary>Registers the services that do not depend on the scanned assemblies.</summary>
    public static void AddCoreServices(this IServiceCollection services, DynamoRegistration registration)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DynamoRepositoryOptions>, DynamoRepositoryOptionsValidator>(
            sp => new DynamoRepositoryOptionsValidator(registration.OptionsKeyPrefix, sp.GetRequiredService<EntityModel>())));
        services.TryAddSingleton(sp => EntityModelBuilder.Build(registration.ConfigurationTypes.Select(sp.GetRequiredService)));
        services.AddObservabilityServices(registration);
        services.TryAddSingleton<IDynamoExecutor>(sp => new TelemetryExecutor(
            DynamoExecutorSelector.Create(sp.GetRequiredService<IAmazonDynamoDB>(), Options(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()),
            sp.GetRequiredService<DynamoInstrumentation>(),
            Options(sp).ReturnConsumedCapacity));
        services.TryAddSingleton(sp => new TableNameResolver(Options(sp)));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new KeyGeneration.KeyGenerators(
            sp.GetRequiredService<Execution.IDynamoExecutor>(), sp.GetRequiredService<TableNameResolver>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(Logger<>)));
        services.TryAddSingleton<IDynamoTableManager, DynamoTableManager>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DynamoStartupService>());

        services.TryAddScoped<CommitHooks>();
        services.TryAddScoped<DynamoUnitOfWork>();
        services.TryAddScoped<IUnitOfWork>(sp => sp.GetRequiredService<DynamoUnitOfWork>());
        services.TryAddScoped(sp => new DynamoContext(
            sp.GetRequiredService<IDynamoExecutor>(),
            sp.GetRequiredService<IAmazonDynamoDB>(),
            Options(sp),
            sp.GetRequiredService<EntityModel>(),
            sp.GetRequiredService<TableNameResolver>(),
            sp.GetRequiredService<DynamoUnitOfWork>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>())
        {
            KeyGenerators = sp.GetRequiredService<KeyGeneration.KeyGenerators>(),
        });
        foreach (var repositoryInterface in RepositoryInterfaces)
        {
            services.TryAdd(ServiceDescriptor.Scoped(repositoryInterface, typeof(DynamoRepository<>)));
        }
    }

    /// <summary>Registers the entity configurations (singletons) and custom repositories (scoped, as themselves and all their interfaces) that Scrutor finds.</summary>
    public static void AddScannedTypes(this IServiceCollection services, DynamoRegistration registration, Func<ITypeSourceSelector, Func<Type, bool>, IServiceTypeSelector> classes)
    {
        services.Scan(scan => classes(scan, IsEntityConfiguration)
            .UsingRegistrationStrategy(RegistrationStrategy.Skip)
            .AsSelf()
            .WithSingletonLifetime());
        services.Scan(scan => classes(scan, IsCustomRepository)
            .UsingRegistrationStrategy(RegistrationStrategy.Skip)
            .AsSelfWithInterfaces()
            .WithScopedLifetime());

        foreach (var descriptor in services)
        {
            if (!descriptor.IsKeyedService && descriptor.ImplementationType is { } type && descriptor.ServiceType == type && IsEntityConfiguration(type))
            {
                registration.AddConfigurationType(type);
            }
        }
    }

    /// <summary>Whether a class implements <see cref="IDynamoEntityConfiguration{T}"/> or <see cref="IDynamoModelConfiguration"/> (both feed the model).</summary>
    public static bool IsEntityConfiguration(Type type) =>
        typeof(IDynamoModelConfiguration).IsAssignableFrom(type)
        || Array.Exists(type.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDynamoEntityConfiguration<>));

    /// <summary>Whether a class derives from <see cref="DynamoRepository{T}"/> or implements <see cref="IDynamoRepository{T}"/>.</summary>
    public static bool IsCustomRepository(Type type)
    {
        if (Array.Exists(type.GetInterfaces(), i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDynamoRepository<>)))
        {
            return true;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(DynamoRepository<>))
            {
                return true;
            }
        }

        return false;
    }

    private static DynamoRepositoryOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value;
}
