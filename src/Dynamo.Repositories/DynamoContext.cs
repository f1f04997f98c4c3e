using Amazon.DynamoDBv2;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.Resilience;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories;

/// <summary>
/// The scoped services every repository of a scope shares: the client, the options, the mapping metadata and the
/// unit of work. Custom repositories receive it in their constructor and pass it to <see cref="DynamoRepository{T}"/>.
/// </summary>
public sealed class DynamoContext
{
    private readonly IAmazonDynamoDB? _client;

    internal DynamoContext(
        IDynamoExecutor executor,
        IAmazonDynamoDB? client,
        DynamoRepositoryOptions options,
        EntityModel model,
        TableNameResolver tableNames,
        DynamoUnitOfWork unitOfWork,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        Executor = executor;
        _client = client;
        Options = options;
        Model = model;
        TableNames = tableNames;
        UnitOfWorkCore = unitOfWork;
        TimeProvider = timeProvider;
        LoggerFactory = loggerFactory;
        Retry = new RetryStrategy(options.CommitRetryAttempts, options.RetryBaseDelay, timeProvider);
    }

    /// <summary>Gets the low-level DynamoDB client, for custom repositories that issue their own requests.</summary>
    /// <exception cref="InvalidOperationException">The context runs over an in-memory executor, which has no client.</exception>
    public IAmazonDynamoDB Client => _client ?? throw new InvalidOperationException(
        "This DynamoContext runs over an in-memory executor (the Testing fakes) and has no DynamoDB client. " +
        "Custom repository code that sends its own requests needs DynamoDB Local (DynamoDbLocal) instead of the fakes.");

    /// <summary>Gets the options of this container.</summary>
    public DynamoRepositoryOptions Options { get; }

    /// <summary>Gets the scope's unit of work.</summary>
    public IUnitOfWork UnitOfWork => UnitOfWorkCore;

    /// <summary>
    /// Gets a value indicating whether this container's requests take the direct wire path (true) or go through the
    /// AWS SDK client's pipeline (false); see <see cref="DynamoRepositoryOptions.UseWirePath"/> for which setup takes which.
    /// </summary>
    public bool UsesWirePath => Executor is Wire.WireExecutor or Telemetry.TelemetryExecutor { Inner: Wire.WireExecutor };

    /// <summary>Gets the executor every read and commit request is sent through.</summary>
    internal IDynamoExecutor Executor { get; }

    internal EntityModel Model { get; }

    internal TableNameResolver TableNames { get; }

    internal DynamoUnitOfWork UnitOfWorkCore { get; }

    internal TimeProvider TimeProvider { get; }

    /// <summary>Gets the protector of <c>PageAsync</c> continuation tokens (the options' key, or the process key).</summary>
    internal ContinuationTokenProtector Tokens => field ??= ContinuationTokenProtector.For(Options);

    /// <summary>Gets the runner of the specification reads' plans (GetItem, Query, Scan, BatchGetItem).</summary>
    internal PlanRunner Plans => field ??= new PlanRunner(Executor, Retry);

    /// <summary>Gets the library's retry strategy (batch reads' unprocessed keys, bulk writes' unprocessed items).</summary>
    internal RetryStrategy Retry { get; }

    internal ILoggerFactory LoggerFactory { get; }

    /// <summary>Gets the key generators (the application's singleton in DI; one per context when built elsewhere).</summary>
    internal KeyGeneration.KeyGenerators KeyGenerators
    {
        get => field ??= new KeyGeneration.KeyGenerators(Executor, TableNames, TimeProvider);
        init;
    }

    /// <summary>
    /// Builds a context (and its unit of work) over any executor: the SDK executor in production, an in-memory one in
    /// the Testing package. <paramref name="client"/> is what <see cref="Client"/> returns; null when there is none.
    /// </summary>
    /// <param name="executor">The executor every read and commit request is sent through.</param>
    /// <param name="options">The options.</param>
    /// <param name="model">The mapping metadata.</param>
    /// <param name="timeProvider">The clock (retry delays).</param>
    /// <param name="loggerFactory">The logger factory.</param>
    /// <param name="client">The client exposed to custom repositories, or null.</param>
    /// <param name="services">Where the commit hooks find interceptors and the domain event dispatcher, or null for no hooks.</param>
    /// <returns>A new context with a new, empty unit of work.</returns>
    internal static DynamoContext Create(
        IDynamoExecutor executor,
        DynamoRepositoryOptions options,
        EntityModel model,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        IAmazonDynamoDB? client = null,
        IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var unitOfWork = new DynamoUnitOfWork(
            executor,
            Microsoft.Extensions.Options.Options.Create(options),
            timeProvider,
            loggerFactory.CreateLogger<DynamoUnitOfWork>(),
            services is null ? null : new Events.CommitHooks(services, model, loggerFactory.CreateLogger<Events.CommitHooks>()));
        return new DynamoContext(executor, client, options, model, new TableNameResolver(options), unitOfWork, timeProvider, loggerFactory);
    }
}
