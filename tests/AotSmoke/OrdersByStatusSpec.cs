using Ardalis.Specification;
using Dynamo.Repositories;

namespace AotSmoke;

/// <summary>A specification written against the abstractions, with the DynamoDB options of the package.</summary>
public sealed class OrdersByStatusSpec : Specification<Order>
{
    public OrdersByStatusSpec(string status) =>
        Query.Where(o => o.Status == status).UseIndex("ByStatus").WithConsistentRead(false).Take(10);
}
