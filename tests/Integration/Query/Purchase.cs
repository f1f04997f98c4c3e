using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.IntegrationTests.Query;

public enum PurchaseStatus
{
    Placed,
    Shipped,
    Cancelled,
}

/// <summary>A composite-key entity with a GSI, an LSI and attributes named with DynamoDB reserved words.</summary>
public sealed class Purchase
{
    public string CustomerId { get; set; } = string.Empty;

    public string PurchaseId { get; set; } = string.Empty;

    public PurchaseStatus Status { get; set; }

    public decimal Total { get; set; }

    public DateTime PlacedAt { get; set; }

    public string? Name { get; set; }

    public int? Priority { get; set; }

    public string? Notes { get; set; }

    public bool IsGift { get; set; }

    public List<string>? Tags { get; set; }

    public string? Padding { get; set; }

    public long Version { get; set; }
}

public sealed class PurchaseConfiguration : IDynamoEntityConfiguration<Purchase>
{
    public void Configure(DynamoEntityBuilder<Purchase> builder)
    {
        builder.ToTable("Purchases");
        builder.HasPartitionKey(p => p.CustomerId);
        builder.HasSortKey(p => p.PurchaseId);
        builder.HasVersion(p => p.Version);
        builder.Property(p => p.Status).HasAttributeName("status");
        builder.Property(p => p.Name).HasAttributeName("name");
        builder.Property(p => p.PlacedAt).HasAttributeName("date");
        builder.Property(p => p.Priority).HasAttributeName("size");
        builder.Property(p => p.Notes).HasAttributeName("ttl");
        builder.HasGlobalIndex("ByStatus", p => p.Status, p => p.PlacedAt);
        builder.HasLocalIndex("ByTotal", p => p.Total);
    }
}
