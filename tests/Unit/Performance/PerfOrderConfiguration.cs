using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.Performance;

public sealed class PerfOrderConfiguration : IDynamoEntityConfiguration<PerfOrder>
{
    public void Configure(DynamoEntityBuilder<PerfOrder> builder)
    {
        builder.ToTable("PerfOrders");
        builder.HasPartitionKey(o => o.CustomerId);
        builder.HasSortKey(o => o.OrderId);
        builder.HasVersion(o => o.Version);
    }
}
