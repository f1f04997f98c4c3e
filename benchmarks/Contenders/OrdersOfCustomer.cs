using Ardalis.Specification;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Contenders;

/// <summary>Every order of one customer: equality on the partition key, so our planner makes it a Query.</summary>
public sealed class OrdersOfCustomer : Specification<BenchOrder>
{
    public OrdersOfCustomer(string customerId) => Query.Where(o => o.CustomerId == customerId);
}
