using Amazon.DynamoDBv2;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories;

/// <summary>
/// The scoped services every repository of a scope shares: the client, the options, the mapping metadata and the
/// unit of work. Custom repositories receive it in their constructor and pass it to <see cref="DynamoRepository{T}"/>.
/// </summary>
public sealed class DynamoContext
{
    internal DynamoContext(
        IAmazonDynamoDB client,
        DynamoRepositoryOptions options,
        EntityModel model,
        TableNameResolver tableNames,
        DynamoUnitOfWork unitOfWork,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        Client = client;
        Options = options;
        Model = model;
        TableNames = tableNames;
        UnitOfWorkCore = unitOfWork;
        TimeProvider = timeProvider;
        LoggerFactory = loggerFactory;
    }

    /// <summary>Gets the low-level DynamoDB client.</summary>
    public IAmazonDynamoDB Client { get; }

    /// <summary>Gets the options of this container.</summary>
    public DynamoRepositoryOptions Options { get; }

    /// <summary>Gets the scope's unit of work.</summary>
    public IUnitOfWork UnitOfWork => UnitOfWorkCore;

    internal EntityModel Model { get; }

    internal TableNameResolver TableNames { get; }

    internal DynamoUnitOfWork UnitOfWorkCore { get; }

    internal TimeProvider TimeProvider { get; }

    internal ILoggerFactory LoggerFactory { get; }

    /// <summary>Gets the key generators (the application's singleton in DI; one per context when built elsewhere).</summary>
    internal KeyGeneration.KeyGenerators KeyGenerators
    {
        get => field ??= new KeyGeneration.KeyGenerators(Client, TableNames, TimeProvider);
        init;
    }
}
