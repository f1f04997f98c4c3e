namespace Dynamo.Repositories.UnitTests.Performance;

public enum PerfStatus
{
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
}
