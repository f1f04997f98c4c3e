using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.IntegrationTests.Mapping;

public enum Availability
{
    InStock,
    Backordered,
}

public sealed class Dimensions
{
    public double Width { get; set; }

    public double Height { get; set; }

    public string? Unit { get; set; }

    public Dimensions? Packed { get; set; }
}

/// <summary>An entity using every kind of mapping, stored in a real table and read back.</summary>
public sealed class MappedProduct
{
    public string Sku { get; set; } = "";

    public DateTimeOffset ListedAt { get; set; }

    public string Title { get; set; } = "";

    public string Empty { get; set; } = "";

    public decimal Price { get; set; }

    public decimal Precise { get; set; }

    public double Ratio { get; set; }

    public long Big { get; set; }

    public ulong Huge { get; set; }

    public byte Small { get; set; }

    public bool Active { get; set; }

    public Guid Reference { get; set; }

    public DateTime Created { get; set; }

    public DateOnly Day { get; set; }

    public TimeOnly At { get; set; }

    public TimeSpan Duration { get; set; }

    public Availability Availability { get; set; }

    public byte[]? Thumbnail { get; set; }

    public int? Stock { get; set; }

    public List<string>? Images { get; set; }

    public List<int>? NoImages { get; set; }

    public HashSet<string> Tags { get; set; } = [];

    public HashSet<long> Codes { get; set; } = [];

    public HashSet<byte[]> Blobs { get; set; } = [];

    public HashSet<string> NoTags { get; set; } = [];

    public Dictionary<string, decimal>? PriceByRegion { get; set; }

    public Dictionary<string, string>? NoAttributes { get; set; }

    public Dimensions? Size { get; set; }

    public List<Dimensions>? Variants { get; set; }

    public long? Version { get; set; }

    public DateTime? ExpiresAt { get; set; }
}

public sealed class MappedProductConfiguration : IDynamoEntityConfiguration<MappedProduct>
{
    public void Configure(DynamoEntityBuilder<MappedProduct> builder)
    {
        builder.ToTable("Products");
        builder.HasPartitionKey(x => x.Sku);
        builder.HasSortKey(x => x.ListedAt);
        builder.HasVersion(x => x.Version);
        builder.HasTimeToLive(x => x.ExpiresAt);
        builder.Property(x => x.Sku).HasAttributeName("pk");
        builder.Property(x => x.ListedAt).HasAttributeName("sk");
        builder.HasGlobalIndex("ByAvailability", x => x.Availability, x => x.Price);
    }
}
