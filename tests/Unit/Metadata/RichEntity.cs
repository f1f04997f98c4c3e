using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.Metadata;

public sealed class Address
{
    public string Street { get; set; } = "";

    public string? City { get; set; }

    public int Number { get; set; }

    public Address? Previous { get; set; }
}

public sealed class Line
{
    public string Sku { get; set; } = "";

    public decimal Price { get; set; }

    public List<string> Tags { get; set; } = [];
}

public sealed class TreeNode
{
    public string Name { get; set; } = "";

    public List<TreeNode> Children { get; set; } = [];
}

public sealed class RichEntity
{
    public string Id { get; set; } = "";

    public List<string>? Names { get; set; }

    public int[]? Numbers { get; set; }

    public IReadOnlyList<decimal>? Prices { get; set; }

    public IEnumerable<Guid>? Ids { get; set; }

    public ICollection<DateTime>? Dates { get; set; }

    public IList<int?>? MaybeNumbers { get; set; }

    public List<string?>? MaybeNames { get; set; }

    public HashSet<string>? Tags { get; set; }

    public ISet<int>? Scores { get; set; }

    public IReadOnlySet<decimal>? Ratios { get; set; }

    public HashSet<byte[]>? Blobs { get; set; }

    public HashSet<Status>? Statuses { get; set; }

    public Dictionary<string, int>? Counts { get; set; }

    public IDictionary<string, string?>? Labels { get; set; }

    public IReadOnlyDictionary<string, Address>? AddressesByKind { get; set; }

    public Address? Home { get; set; }

    public List<Line>? Lines { get; set; }

    public List<List<int>>? Matrix { get; set; }

    public TreeNode? Tree { get; set; }
}

public sealed class RichEntityConfiguration : IDynamoEntityConfiguration<RichEntity>
{
    public void Configure(DynamoEntityBuilder<RichEntity> builder) => builder.HasPartitionKey(x => x.Id);
}
