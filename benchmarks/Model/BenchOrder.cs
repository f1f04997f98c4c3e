namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>
/// The 20-attribute entity every contender reads and writes: a plain domain class, mapped for our library by
/// <see cref="BenchOrderConfiguration"/> and by hand for the low-level baseline (<see cref="ManualMapper"/>).
/// DynamoDBContext needs attributes, so it uses the copy <see cref="ContextOrder"/>.
/// </summary>
public sealed class BenchOrder
{
    public string CustomerId { get; set; } = string.Empty;

    public string OrderId { get; set; } = string.Empty;

    public long? Version { get; set; }

    public OrderStatus Status { get; set; }

    public decimal Total { get; set; }

    public decimal Tax { get; set; }

    public double Discount { get; set; }

    public int Quantity { get; set; }

    public long LineCount { get; set; }

    public int Priority { get; set; }

    public bool IsGift { get; set; }

    public DateTime PlacedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public Guid TrackingId { get; set; }

    public string Email { get; set; } = string.Empty;

    public string ShippingAddress { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public string Currency { get; set; } = string.Empty;

    public List<string> Tags { get; set; } = [];

    public HashSet<string> Categories { get; set; } = [];
}
