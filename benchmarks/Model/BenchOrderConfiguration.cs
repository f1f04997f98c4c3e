using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>Maps <see cref="BenchOrder"/> for our library: attribute names are the property names.</summary>
public sealed class BenchOrderConfiguration : IDynamoEntityConfiguration<BenchOrder>
{
    /// <summary>The logical (and, with no prefix, physical) table name shared by every contender.</summary>
    public const string TableName = "BenchOrders";

    public void Configure(DynamoEntityBuilder<BenchOrder> builder)
    {
        builder.ToTable(TableName);
        builder.HasPartitionKey(o => o.CustomerId);
        builder.HasSortKey(o => o.OrderId);
        builder.HasVersion(o => o.Version);
    }
}
