using Amazon.DynamoDBv2.DataModel;

namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>
/// The copy of <see cref="BenchOrder"/> that DynamoDBContext needs (it reads the mapping from attributes). The
/// converters make it store exactly what the other contenders store, so every contender sends the same bytes.
/// </summary>
[DynamoDBTable(BenchOrderConfiguration.TableName)]
public sealed class ContextOrder
{
    [DynamoDBHashKey]
    public string CustomerId { get; set; } = string.Empty;

    [DynamoDBRangeKey]
    public string OrderId { get; set; } = string.Empty;

    [DynamoDBVersion]
    public long? Version { get; set; }

    [DynamoDBProperty(typeof(EnumNameConverter<OrderStatus>))]
    public OrderStatus Status { get; set; }

    public decimal Total { get; set; }

    public decimal Tax { get; set; }

    public double Discount { get; set; }

    public int Quantity { get; set; }

    public long LineCount { get; set; }

    public int Priority { get; set; }

    public bool IsGift { get; set; }

    [DynamoDBProperty(typeof(IsoDateTimeConverter))]
    public DateTime PlacedAt { get; set; }

    [DynamoDBProperty(typeof(IsoDateTimeConverter))]
    public DateTime UpdatedAt { get; set; }

    public Guid TrackingId { get; set; }

    public string Email { get; set; } = string.Empty;

    public string ShippingAddress { get; set; } = string.Empty;

    public string? Notes { get; set; }

    public string Currency { get; set; } = string.Empty;

    public List<string> Tags { get; set; } = [];

    public HashSet<string> Categories { get; set; } = [];

    /// <summary>Copies a <see cref="BenchOrder"/> (outside any measured code).</summary>
    public static ContextOrder From(BenchOrder o) => new()
    {
        CustomerId = o.CustomerId, OrderId = o.OrderId, Version = o.Version, Status = o.Status, Total = o.Total, Tax = o.Tax,
        Discount = o.Discount, Quantity = o.Quantity, LineCount = o.LineCount, Priority = o.Priority, IsGift = o.IsGift,
        PlacedAt = o.PlacedAt, UpdatedAt = o.UpdatedAt, TrackingId = o.TrackingId, Email = o.Email,
        ShippingAddress = o.ShippingAddress, Notes = o.Notes, Currency = o.Currency, Tags = [.. o.Tags],
        Categories = [.. o.Categories],
    };

    /// <summary>Copies back to a <see cref="BenchOrder"/>, for the equivalence check (never measured).</summary>
    public BenchOrder ToBenchOrder() => new()
    {
        CustomerId = CustomerId, OrderId = OrderId, Version = Version, Status = Status, Total = Total, Tax = Tax,
        Discount = Discount, Quantity = Quantity, LineCount = LineCount, Priority = Priority, IsGift = IsGift,
        PlacedAt = PlacedAt, UpdatedAt = UpdatedAt, TrackingId = TrackingId, Email = Email,
        ShippingAddress = ShippingAddress, Notes = Notes, Currency = Currency, Tags = [.. Tags],
        Categories = [.. Categories],
    };
}
