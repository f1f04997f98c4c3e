using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.Tables;

/// <summary>Creates and inspects the tables of a container's entity model.</summary>
internal sealed partial class DynamoTableManager : IDynamoTableManager
{
    private static readonly TimeSpan FirstPollDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxPollDelay = TimeSpan.FromSeconds(2);

    private readonly IAmazonDynamoDB _client;
    private readonly EntityModel _model;
    private readonly TableNameResolver _tableNames;
    private readonly DynamoRepositoryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DynamoTableManager> _logger;
    private readonly DynamoInstrumentation _instrumentation;

    /// <summary>Initializes a new instance of the <see cref="DynamoTableManager"/> class.</summary>
    public DynamoTableManager(
        IAmazonDynamoDB client,
        EntityModel model,
        TableNameResolver tableNames,
        IOptions<DynamoRepositoryOptions> options,
        TimeProvider timeProvider,
        ILogger<DynamoTableManager> logger,
        DynamoInstrumentation? instrumentation = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tableNames);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _model = model;
        _tableNames = tableNames;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _instrumentation = instrumentation ?? DynamoInstrumentation.None;
    }

    /// <summary>Gets or sets how long a created table may take to become active. Default: 5 minutes.</summary>
    internal TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> CreateTablesAsync(CancellationToken cancellationToken = default)
    {
        var tables = TableDefinitions.Build(_model, _tableNames);
        var created = await Task.WhenAll(tables.Select(t => CreateTableAsync(t, cancellationToken))).ConfigureAwait(false);
        return [.. tables.Where((_, i) => created[i]).Select(t => t.Name)];
    }

    private async Task<bool> CreateTableAsync(TableDefinition table, CancellationToken cancellationToken)
    {
        if (await DescribeAsync(table.Name, cancellationToken).ConfigureAwait(false) is not null)
        {
            LogTableExists(table.Name);
            return false;
        }

        var operation = DynamoOperation.Start(_instrumentation, "CreateTable", table.Name);
        try
        {
            operation?.Enter();
            var created = await CreateAndActivateAsync(table, cancellationToken).ConfigureAwait(false);
            operation?.Complete();
            return created;
        }
        catch (Exception exception) when (DynamoOperation.Failed(operation, exception))
        {
            throw;
        }
    }

    private async Task<bool> CreateAndActivateAsync(TableDefinition table, CancellationToken cancellationToken)
    {
        try
        {
            await _client.CreateTableAsync(CreateTableRequestFor(table), cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceInUseException)
        {
            // Created concurrently by another process: nothing left to do for this one.
            LogTableExists(table.Name);
            return false;
        }
        catch (AmazonDynamoDBException exception)
        {
            throw new DynamoTableException(
                $"Creating table '{table.Name}' (entity {table.DeclaredBy}) failed: {exception.Message} Check the entity configuration, the options' billing settings and the credentials' permissions.",
                table.Name,
                exception);
        }

        await WaitUntilActiveAsync(table.Name, cancellationToken).ConfigureAwait(false);
        if (table.TimeToLiveAttribute is { } ttl)
        {
            await EnableTimeToLiveAsync(table, ttl, cancellationToken).ConfigureAwait(false);
        }

        LogTableCreated(table.Name);
        return true;
    }

    private async Task EnableTimeToLiveAsync(TableDefinition table, string attribute, CancellationToken cancellationToken)
    {
        try
        {
            await _client.UpdateTimeToLiveAsync(
                new UpdateTimeToLiveRequest
                {
                    TableName = table.Name,
                    TimeToLiveSpecification = new TimeToLiveSpecification { AttributeName = attribute, Enabled = true },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonDynamoDBException exception)
        {
            throw new DynamoTableException(
                $"Table '{table.Name}' was created, but enabling time to live on attribute '{attribute}' failed: {exception.Message} Enable it in the console or retry.",
                table.Name,
                exception);
        }
    }

    private async Task WaitUntilActiveAsync(string tableName, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        var delay = FirstPollDelay;
        while (true)
        {
            var description = await DescribeAsync(tableName, cancellationToken).ConfigureAwait(false);
            if (description is not null
                && description.TableStatus == TableStatus.ACTIVE
                && (description.GlobalSecondaryIndexes ?? []).TrueForAll(i => i.IndexStatus == IndexStatus.ACTIVE))
            {
                return;
            }

            if (_timeProvider.GetElapsedTime(started) >= ActivationTimeout)
            {
                throw new DynamoTableException(
                    $"Table '{tableName}' is still {description?.TableStatus?.Value ?? "not visible"} after {ActivationTimeout:c}; check it in the console and start again once it is ACTIVE.",
                    tableName);
            }

            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollDelay.Ticks));
        }
    }

    [LoggerMessage(1200, LogLevel.Debug, "DynamoDB table {TableName} exists; left as it is.")]
    private partial void LogTableExists(string tableName);

    [LoggerMessage(1201, LogLevel.Information, "Created DynamoDB table {TableName}.")]
    private partial void LogTableCreated(string tableName);

    private async Task<TableDescription?> DescribeAsync(string tableName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.DescribeTableAsync(new DescribeTableRequest { TableName = tableName }, cancellationToken).ConfigureAwait(false);
            return response.Table;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
        catch (AmazonDynamoDBException exception)
        {
            throw new DynamoTableException(
                $"Describing table '{tableName}' failed: {exception.Message} Check the endpoint, the region and the credentials' permissions.",
                tableName,
                exception);
        }
    }
}
