using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Dynamo.Repositories;

// Commit interceptors, the domain event dispatcher, the transactional outbox and its relay.
public static partial class DynamoRepositoriesServiceCollectionExtensions
{
    /// <summary>Registers a commit interceptor (scoped, so it may take the scope's repositories); interceptors run in registration order.</summary>
    /// <typeparam name="TInterceptor">The interceptor.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddCommitInterceptor<TInterceptor>(this IServiceCollection services)
        where TInterceptor : class, ICommitInterceptor
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ICommitInterceptor, TInterceptor>());
        return services;
    }

    /// <summary>Registers the application's domain event dispatcher (scoped), which receives the events after each successful commit.</summary>
    /// <typeparam name="TDispatcher">The dispatcher, e.g. one that calls MediatR's <c>Publish</c>.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddDomainEventDispatcher<TDispatcher>(this IServiceCollection services)
        where TDispatcher : class, IDomainEventDispatcher
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<IDomainEventDispatcher, TDispatcher>();
        return services;
    }

    /// <summary>
    /// Turns the transactional outbox on: every domain event of a committed entity is also written, as an outbox record,
    /// in the same TransactWriteItems as the entity (counted in the 100-action and 4 MB limits). The outbox table joins the
    /// model, so the table manager creates it (TTL on delivered records, sparse index of undelivered ones). Call after
    /// <c>AddDynamoRepositories</c>; options are validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the outbox options, or null for the defaults.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddDynamoOutbox(this IServiceCollection services, Action<DynamoOutboxOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var registration = services.FirstOrDefault(d => !d.IsKeyedService && d.ServiceType == typeof(DynamoRegistration))?.ImplementationInstance as DynamoRegistration
            ?? throw new InvalidOperationException("Call AddDynamoRepositories before AddDynamoOutbox: the outbox table joins the model it builds.");
        var options = services.AddOptions<DynamoOutboxOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(o => !string.IsNullOrWhiteSpace(o.TableName), "DynamoOutboxOptions.TableName must not be empty; set it or keep the default \"Outbox\".")
            .Validate(
                o => o.DeliveredRetention >= TimeSpan.FromMinutes(1) && o.DeliveredRetention <= TimeSpan.FromDays(365),
                "DynamoOutboxOptions.DeliveredRetention must be between 1 minute and 365 days.")
            .ValidateOnStart();
        services.TryAddSingleton<OutboxRecords>();
        services.TryAddSingleton<OutboxRecordConfiguration>();
        registration.AddConfigurationType(typeof(OutboxRecordConfiguration));
        return services;
    }

    /// <summary>
    /// Registers the outbox relay (<see cref="IOutboxRelay"/>) and, unless <paramref name="hosted"/> is false, a hosted
    /// service that runs it in a loop. It delivers undelivered records at least once, to the <see cref="IOutboxMessageHandler"/>
    /// if one is registered, else to the <see cref="IDomainEventDispatcher"/>. Turns the outbox on if it is not.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the relay options, or null for the defaults.</param>
    /// <param name="hosted">Whether to run the relay as a hosted service.</param>
    /// <returns>The same collection, for chaining.</returns>
    public static IServiceCollection AddDynamoOutboxRelay(this IServiceCollection services, Action<DynamoOutboxRelayOptions>? configure = null, bool hosted = true)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDynamoOutbox();
        var options = services.AddOptions<DynamoOutboxRelayOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(o => o.PollInterval >= TimeSpan.FromMilliseconds(10) && o.PollInterval <= TimeSpan.FromHours(1), "DynamoOutboxRelayOptions.PollInterval must be between 10 ms and 1 hour.")
            .Validate(o => o.BatchSize is >= 1 and <= 1000, "DynamoOutboxRelayOptions.BatchSize must be between 1 and 1000.")
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(1) && o.LeaseDuration <= TimeSpan.FromHours(1), "DynamoOutboxRelayOptions.LeaseDuration must be between 1 second and 1 hour.")
            .Validate(o => o.DeliveryDelay >= TimeSpan.Zero && o.DeliveryDelay <= TimeSpan.FromHours(1), "DynamoOutboxRelayOptions.DeliveryDelay must be between zero and 1 hour.")
            .ValidateOnStart();
        services.TryAddSingleton<IOutboxRelay, OutboxRelay>();
        if (hosted)
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxRelayService>());
        }

        return services;
    }
}
