namespace Ordering.Domain;

public enum OrderStatus
{
    Placed,
    Shipped,
    Cancelled,
}
