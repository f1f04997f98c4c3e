using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.Mapping;

public class Customer
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public int Age { get; set; }

    public bool Active { get; set; }

    public string? Note { get; set; }

    public Uri? Website { get; set; }

    public List<string> Roles { get; set; } = [];

    public Contact? Referrer { get; set; }
}

public sealed class Contact
{
    public string Name { get; set; } = "";

    public Contact? Next { get; set; }
}

public sealed class Invoice
{
    public int Id { get; set; }

    public string Number { get; set; } = "";
}

public sealed class Shipment
{
    public string Id { get; set; } = "";

    public string Sort { get; set; } = "";
}

public sealed class UnboundConstructor(string identifier)
{
    public string Id { get; set; } = identifier;
}

public sealed class WithUnboundNested
{
    public string Id { get; set; } = "";

    public Spot? Where { get; set; }
}

public sealed class Spot(int left, int top)
{
    public int X { get; } = left;

    public int Y { get; } = top;
}

public sealed class WithBadNested
{
    public string Id { get; set; } = "";

    public Holder Holder { get; set; } = new();
}

public sealed class Holder
{
    public object? Anything { get; set; }
}

public sealed class WithRecordNested
{
    public string Id { get; set; } = "";

    public Point? Where { get; set; }
}

public sealed record Point(int X, int Y);

public sealed class WithField
{
    public string Id { get; set; } = "";

#pragma warning disable SA1401, CA1051 // a public field, configured explicitly
    public string Code = "";
#pragma warning restore SA1401, CA1051

    public string Computed => Id + "!";
}

public sealed class Upper : DynamoConverter<string>
{
    public override AttributeValue Write(string value) => new() { S = value.ToUpperInvariant() };

    public override string Read(AttributeValue value) => value.S.ToLowerInvariant();
}

public sealed class BothConfiguration : IDynamoEntityConfiguration<Invoice>, IDynamoEntityConfiguration<Shipment>
{
    public void Configure(DynamoEntityBuilder<Invoice> builder) => builder.HasPartitionKey(x => x.Id);

    public void Configure(DynamoEntityBuilder<Shipment> builder) => builder.HasPartitionKey(x => x.Id).HasSortKey(x => x.Sort);
}
