using Dynamo.Repositories.Mapping;
using Ordering.Domain;

namespace Ordering.Infrastructure;

/// <summary>Maps customers to the "Customers" table (physical name: prefix + Customers + suffix).</summary>
public sealed class CustomerConfiguration : IDynamoEntityConfiguration<Customer>
{
    public void Configure(DynamoEntityBuilder<Customer> customer)
    {
        customer.ToTable("Customers");
        customer.HasPartitionKey(c => c.Id);
        customer.HasVersion(c => c.Version);
    }
}
