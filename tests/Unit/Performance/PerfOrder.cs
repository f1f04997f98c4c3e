namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>The 20-attribute entity of the benchmarks (benchmarks/Model/BenchOrder.cs), for the allocation guard.</summary>
public sealed class PerfOrder
{
    public string CustomerId { get; set; } = string.Empty;

    public string OrderId { get; set; } = string.Empty;

    public long? Version { get; set; }

    public PerfStatus Status { get; set; }

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
