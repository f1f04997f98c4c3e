namespace Ordering.Domain;

/// <summary>An order of a customer. Knows nothing of how it is stored.</summary>
public sealed class Order
{
    private readonly List<object> _events = [];

    private Order()
    {
        CustomerId = string.Empty;
        OrderId = string.Empty;
    }

    public string CustomerId { get; private set; }

    public string OrderId { get; private set; }

    public OrderStatus Status { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public List<OrderLine> Lines { get; private set; } = [];

    public decimal Total { get; private set; }

    public string? Note { get; private set; }

    public long Version { get; private set; }

    /// <summary>Gets the domain events raised since the order was last saved.</summary>
    public IReadOnlyList<object> DomainEvents => _events;

    /// <summary>Gets a value indicating whether the order is large; computed, so not stored.</summary>
    public bool IsLarge => Total >= 100m;

    public static Order Place(string customerId, string orderId, IEnumerable<OrderLine> lines, DateTimeOffset placedAt)
    {
        var order = new Order
        {
            CustomerId = customerId,
            OrderId = orderId,
            Status = OrderStatus.Placed,
            PlacedAt = placedAt,
            Lines = [.. lines],
        };
        order.Total = order.Lines.Sum(l => l.Quantity * l.UnitPrice);
        order._events.Add(new OrderPlaced(customerId, orderId, order.Total));
        return order;
    }

    public void ClearDomainEvents() => _events.Clear();

    public void Ship(string? note = null)
    {
        if (Status != OrderStatus.Placed)
        {
            throw new InvalidOperationException($"Order {OrderId} is {Status}; only placed orders ship.");
        }

        Status = OrderStatus.Shipped;
        Note = note;
    }
}
