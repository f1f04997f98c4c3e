namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>The enum property of the benchmark entity (stored as its name).</summary>
public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}
