using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DataModel;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Contenders;

/// <summary>The AWS SDK's object persistence model, DynamoDBContext, built with DynamoDBContextBuilder.</summary>
public sealed class ContextContender
{
    public ContextContender(IAmazonDynamoDB client, string tablePrefix = "")
    {
        Context = new DynamoDBContextBuilder()
            .WithDynamoDBClient(() => client)
            .ConfigureContext(config =>
            {
                // The table layout comes from the attributes: no DescribeTable round trip.
                config.DisableFetchingTableMetadata = true;
                config.TableNamePrefix = tablePrefix;
                config.Conversion = Amazon.DynamoDBv2.DynamoDBEntryConversion.V2;
                config.IsEmptyStringValueEnabled = true;
                config.RetrieveDateTimeInUtc = true;
            })
            .Build();
    }

    public IDynamoDBContext Context { get; }

    public Task<ContextOrder> GetAsync(string customerId, string orderId, CancellationToken cancellationToken = default) =>
        Context.LoadAsync<ContextOrder>(customerId, orderId, cancellationToken);

    public Task AddAsync(ContextOrder order, CancellationToken cancellationToken = default) =>
        Context.SaveAsync(order, cancellationToken);

    public Task<List<ContextOrder>> QueryAsync(string customerId, CancellationToken cancellationToken = default) =>
        Context.QueryAsync<ContextOrder>(customerId).GetRemainingAsync(cancellationToken);

    public async Task<int> StreamAsync(string customerId, Action<ContextOrder> consume, CancellationToken cancellationToken = default)
    {
        var search = Context.QueryAsync<ContextOrder>(customerId);
        var count = 0;
        while (!search.IsDone)
        {
            foreach (var order in await search.GetNextSetAsync(cancellationToken).ConfigureAwait(false))
            {
                consume(order);
                count++;
            }
        }

        return count;
    }

    public Task TransactAddAsync(IEnumerable<ContextOrder> orders, CancellationToken cancellationToken = default)
    {
        var write = Context.CreateTransactWrite<ContextOrder>();
        write.AddSaveItems(orders);
        return write.ExecuteAsync(cancellationToken);
    }
}
