namespace Ordering.Domain;

/// <summary>An order of a customer. Knows nothing of how it is stored: no parameterless constructor, its lines in a private list.</summary>
public sealed class Order
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<object> _events = [];

    private Order(string customerId, OrderId orderId)
    {
        CustomerId = customerId;
        OrderId = orderId;
    }

    public string CustomerId { get; private set; }

    public OrderId OrderId { get; private set; }

    public OrderStatus Status { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    /// <summary>Gets the lines, read-only; stored through the <c>_lines</c> field.</summary>
    public IReadOnlyList<OrderLine> Lines => _lines;

    public decimal Total { get; private set; }

    public string? Note { get; private set; }

    public long Version { get; private set; }

    /// <summary>Gets the domain events raised since the order was last saved.</summary>
    public IReadOnlyList<object> DomainEvents => _events;

    /// <summary>Gets a value indicating whether the order is large; computed, so not stored.</summary>
    public bool IsLarge => Total >= 100m;

    public static Order Place(string customerId, OrderId orderId, IEnumerable<OrderLine> lines, DateTimeOffset placedAt)
    {
        var order = new Order(customerId, orderId)
        {
            Status = OrderStatus.Placed,
            PlacedAt = placedAt,
        };
        order._lines.AddRange(lines);
        order.Total = order._lines.Sum(l => l.Quantity * l.UnitPrice);
        order._events.Add(new OrderPlaced(customerId, orderId.Value, order.Total));
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
