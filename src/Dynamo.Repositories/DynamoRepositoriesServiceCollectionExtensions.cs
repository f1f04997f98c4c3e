using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Scrutor;

namespace Dynamo.Repositories;

/// <summary>Registers Dynamo.Repositories in a service collection.</summary>
public static partial class DynamoRepositoriesServiceCollectionExtensions
{
    private const string ActionKeyPrefix = nameof(DynamoRepositoryOptions) + ".";

    // Native AOT and trimming: registration scans assemblies for configurations and repositories, and the mapping
    // compiles expression trees into readers and writers. An AOT or trimmed app gets these warnings at its call.
    private const string ScansAssemblies = "Dynamo.Repositories scans the given assemblies for entity configurations and repositories, which trimming may remove; it is not trim-safe yet.";
    private const string CompilesExpressions = "Dynamo.Repositories compiles expression trees into entity readers and writers at start-up; Native AOT can only interpret them, and this path is not verified under AOT yet.";

    /// <summary>
    /// Registers the options bound from <paramref name="configuration"/> (conventionally the <c>"DynamoDb"</c> section,
    /// validated at start-up), the DynamoDB client (unless the host registered an <c>IAmazonDynamoDB</c>), the entity
    /// configurations, custom repositories found in <paramref name="assemblies"/>, the generic repositories, the scoped
    /// unit of work and the table manager. Calling it again with the same arguments changes nothing.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="configuration">The configuration section holding the options, e.g. <c>configuration.GetSection("DynamoDb")</c>. Unknown keys in it are an error.</param>
    /// <param name="assemblies">The assemblies holding the <c>IDynamoEntityConfiguration&lt;T&gt;</c> classes and custom repositories.</param>
    /// <returns>The same collection, for chaining.</returns>
    [RequiresUnreferencedCode(ScansAssemblies)]
    [RequiresDynamicCode(CompilesExpressions)]
    public static IServiceCollection AddDynamoRepositories(this IServiceCollection services, IConfiguration configuration, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        CheckAssemblies(assemblies);
        return services.AddDynamoRepositoriesCore(
            configuration,
            KeyPrefixOf(configuration),
            options => options.Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true),
            FromAssemblies(assemblies));
    }

    /// <summary>
    /// Registers Dynamo.Repositories like <see cref="AddDynamoRepositories(IServiceCollection, IConfiguration, Assembly[])"/>,
    /// with options set by code (validated at start-up).
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="assemblies">The assemblies holding the <c>IDynamoEntityConfiguration&lt;T&gt;</c> classes and custom repositories.</param>
    /// <returns>The same collection, for chaining.</returns>
    [RequiresUnreferencedCode(ScansAssemblies)]
    [RequiresDynamicCode(CompilesExpressions)]
    public static IServiceCollection AddDynamoRepositories(this IServiceCollection services, Action<DynamoRepositoryOptions> configure, params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        CheckAssemblies(assemblies);
        return services.AddDynamoRepositoriesCore(configure, ActionKeyPrefix, options => options.Configure(configure), FromAssemblies(assemblies));
    }

    /// <summary>
    /// Registers Dynamo.Repositories like <see cref="AddDynamoRepositories(IServiceCollection, Action{DynamoRepositoryOptions}, Assembly[])"/>,
    /// with the entity configurations, model configurations and custom repositories taken from an explicit list of
    /// types (public or not) instead of whole assemblies.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="types">The configuration and custom repository classes, e.g. <c>[typeof(OrderConfiguration), typeof(OrderRepository)]</c>.</param>
    /// <returns>The same collection, for chaining.</returns>
    [RequiresUnreferencedCode(ScansAssemblies)]
    [RequiresDynamicCode(CompilesExpressions)]
    public static IServiceCollection AddDynamoRepositories(this IServiceCollection services, Action<DynamoRepositoryOptions> configure, IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var filter = FromTypes(types);
        return services.AddDynamoRepositoriesCore(configure, ActionKeyPrefix, options => options.Configure(configure), filter);
    }

    /// <summary>
    /// Registers Dynamo.Repositories like <see cref="AddDynamoRepositories(IServiceCollection, IConfiguration, Assembly[])"/>,
    /// with the configurations and custom repositories taken from an explicit list of types instead of whole assemblies.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="configuration">The configuration section holding the options. Unknown keys in it are an error.</param>
    /// <param name="types">The configuration and custom repository classes.</param>
    /// <returns>The same collection, for chaining.</returns>
    [RequiresUnreferencedCode(ScansAssemblies)]
    [RequiresDynamicCode(CompilesExpressions)]
    public static IServiceCollection AddDynamoRepositories(this IServiceCollection services, IConfiguration configuration, IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var filter = FromTypes(types);
        return services.AddDynamoRepositoriesCore(
            configuration,
            KeyPrefixOf(configuration),
            options => options.Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true),
            filter);
    }

    /// <summary>Registers with configurations and repositories taken from an explicit list of types (kept for the tests that use it).</summary>
    internal static IServiceCollection AddDynamoRepositoriesFromTypes(this IServiceCollection services, Action<DynamoRepositoryOptions> configure, IEnumerable<Type> types) =>
        services.AddDynamoRepositories(configure, types);

    // Option keys are named in messages as the configuration names them, e.g. "DynamoDb:MaxRetryAttempts".
    private static string KeyPrefixOf(IConfiguration configuration) =>
        configuration is IConfigurationSection { Path.Length: > 0 } section ? section.Path + ":" : string.Empty;

    private static Func<ITypeSourceSelector, Func<Type, bool>, IServiceTypeSelector> FromTypes(IEnumerable<Type> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var candidates = types.ToHashSet();
        if (candidates.Contains(null!))
        {
            throw new ArgumentException("The types must not contain null; pass e.g. typeof(OrderConfiguration).", nameof(types));
        }

        // Scrutor's FromTypes keeps public types only: scan the types' assemblies and keep the listed types instead.
        return FromAssemblies([.. candidates.Select(t => t.Assembly).Distinct()], candidates.Contains);
    }

    private static Func<ITypeSourceSelector, Func<Type, bool>, IServiceTypeSelector> FromAssemblies(Assembly[] assemblies, Func<Type, bool>? include = null) =>
        (selector, predicate) => selector.FromAssemblies(assemblies).AddClasses(
            classes => classes.Where(t => IsConcreteClass(t) && (include is null || include(t)) && predicate(t)),
            publicOnly: false);

    private static IServiceCollection AddDynamoRepositoriesCore(
        this IServiceCollection services,
        object optionsSource,
        string keyPrefix,
        Action<OptionsBuilder<DynamoRepositoryOptions>> applyOptions,
        Func<ITypeSourceSelector, Func<Type, bool>, IServiceTypeSelector> classes)
    {
        var registration = services
            .FirstOrDefault(d => !d.IsKeyedService && d.ServiceType == typeof(DynamoRegistration))?.ImplementationInstance as DynamoRegistration;
        var firstCall = registration is null;
        registration ??= new DynamoRegistration();

        var options = services.AddOptions<DynamoRepositoryOptions>();
        if (registration.TryAddOptionsSource(optionsSource, keyPrefix))
        {
            applyOptions(options);
        }

        if (firstCall)
        {
            services.AddSingleton(registration);
            options.ValidateOnStart();
            services.AddCoreServices(registration);
        }

        services.AddScannedTypes(registration, classes);
        return services;
    }

    private static void CheckAssemblies(Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        if (Array.IndexOf(assemblies, null) >= 0)
        {
            throw new ArgumentException("The assemblies to scan must not contain null; pass e.g. typeof(OrderConfiguration).Assembly.", nameof(assemblies));
        }
    }

    private static bool IsConcreteClass(Type type) => type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false };
}
