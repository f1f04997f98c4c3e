using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>An unversioned entity whose only non-key attribute may be absent.</summary>
public sealed class Memo
{
    public string Id { get; set; } = "";

    public string? Text { get; set; }
}

public sealed class MemoConfiguration : IDynamoEntityConfiguration<Memo>
{
    public void Configure(DynamoEntityBuilder<Memo> builder)
    {
        builder.ToTable("Memos");
        builder.HasPartitionKey(m => m.Id);
    }
}
