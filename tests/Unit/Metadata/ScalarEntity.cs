namespace Dynamo.Repositories.UnitTests.Metadata;

public enum Status
{
    Pending,
    Shipped,
    Cancelled,
}

[Flags]
public enum Permissions
{
    None = 0,
    Read = 1,
    Write = 2,
}

public sealed class ScalarEntity
{
    public string Id { get; set; } = "";

    public string? Text { get; set; }

    public sbyte SignedByteValue { get; set; }

    public byte ByteValue { get; set; }

    public short ShortValue { get; set; }

    public ushort UShortValue { get; set; }

    public int IntValue { get; set; }

    public uint UIntValue { get; set; }

    public long LongValue { get; set; }

    public ulong ULongValue { get; set; }

    public float FloatValue { get; set; }

    public double DoubleValue { get; set; }

    public decimal DecimalValue { get; set; }

    public bool BoolValue { get; set; }

    public Guid GuidValue { get; set; }

    public DateTime DateTimeValue { get; set; }

    public DateTimeOffset DateTimeOffsetValue { get; set; }

    public DateOnly DateOnlyValue { get; set; }

    public TimeOnly TimeOnlyValue { get; set; }

    public TimeSpan TimeSpanValue { get; set; }

    public Status Status { get; set; }

    public Permissions Permissions { get; set; }

    public byte[]? Bytes { get; set; }

    public int? NullableInt { get; set; }

    public double? NullableDouble { get; set; }

    public decimal? NullableDecimal { get; set; }

    public bool? NullableBool { get; set; }

    public Guid? NullableGuid { get; set; }

    public DateTime? NullableDateTime { get; set; }

    public DateTimeOffset? NullableDateTimeOffset { get; set; }

    public DateOnly? NullableDateOnly { get; set; }

    public TimeOnly? NullableTimeOnly { get; set; }

    public TimeSpan? NullableTimeSpan { get; set; }

    public Status? NullableStatus { get; set; }
}

public sealed class ScalarEntityConfiguration : Dynamo.Repositories.Mapping.IDynamoEntityConfiguration<ScalarEntity>
{
    public void Configure(Dynamo.Repositories.Mapping.DynamoEntityBuilder<ScalarEntity> builder) => builder.HasPartitionKey(x => x.Id);
}
