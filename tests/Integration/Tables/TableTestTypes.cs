using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.IntegrationTests.Tables;

public sealed class Shipment
{
    public string WarehouseId { get; set; } = string.Empty;

    public string ShipmentId { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public DateTimeOffset ShippedAt { get; set; }

    public decimal Weight { get; set; }

    public DateTime? ExpiresAt { get; set; }
}

public sealed class ShipmentNote
{
    public string WarehouseId { get; set; } = string.Empty;

    public string NoteId { get; set; } = string.Empty;

    public string Author { get; set; } = string.Empty;

    public DateTime? ExpiresAt { get; set; }
}

public sealed class Carrier
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

internal sealed class ShipmentConfiguration : IDynamoEntityConfiguration<Shipment>
{
    public void Configure(DynamoEntityBuilder<Shipment> builder)
    {
        builder.ToTable("OptionsShipments");
        builder.HasPartitionKey(s => s.WarehouseId);
        builder.HasSortKey(s => s.ShipmentId);
        builder.Property(s => s.WarehouseId).HasAttributeName("pk");
        builder.Property(s => s.ShipmentId).HasAttributeName("sk");
        builder.Property(s => s.ExpiresAt).HasAttributeName("ttl");
        builder.HasTimeToLive(s => s.ExpiresAt);
        builder.HasGlobalIndex("ByStatus", s => s.Status, s => s.ShippedAt);
        builder.HasLocalIndex("ByWeight", s => s.Weight);
    }
}

/// <summary>Shares the OptionsShipments table: same key attributes, one more global index.</summary>
internal sealed class ShipmentNoteConfiguration : IDynamoEntityConfiguration<ShipmentNote>
{
    public void Configure(DynamoEntityBuilder<ShipmentNote> builder)
    {
        builder.ToTable("OptionsShipments");
        builder.HasPartitionKey(n => n.WarehouseId);
        builder.HasSortKey(n => n.NoteId);
        builder.Property(n => n.WarehouseId).HasAttributeName("pk");
        builder.Property(n => n.NoteId).HasAttributeName("sk");
        builder.Property(n => n.ExpiresAt).HasAttributeName("ttl");
        builder.HasTimeToLive(n => n.ExpiresAt);
        builder.HasGlobalIndex("ByAuthor", n => n.Author);
    }
}

internal sealed class CarrierConfiguration : IDynamoEntityConfiguration<Carrier>
{
    public void Configure(DynamoEntityBuilder<Carrier> builder)
    {
        builder.ToTable("OptionsCarriers");
        builder.HasPartitionKey(c => c.Id);
    }
}
