using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>A versioned entity whose version may be absent (null): never saved by a versioned writer.</summary>
public sealed class Note
{
    public string Id { get; set; } = "";

    public string? Text { get; set; }

    public long? Version { get; set; }
}

public sealed class NoteConfiguration : IDynamoEntityConfiguration<Note>
{
    public void Configure(DynamoEntityBuilder<Note> builder)
    {
        builder.ToTable("Notes");
        builder.HasPartitionKey(n => n.Id);
        builder.HasVersion(n => n.Version);
    }
}
