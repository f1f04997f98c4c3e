using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.IntegrationTests.KeyGeneration;

public sealed class Ticket
{
    public long Id { get; set; }

    public string Title { get; set; } = "";
}

public sealed class Note
{
    public Guid Id { get; set; }

    public int Order { get; set; }
}

public sealed class TicketConfiguration : IDynamoEntityConfiguration<Ticket>
{
    public void Configure(DynamoEntityBuilder<Ticket> builder) => builder.HasPartitionKey(x => x.Id).Property(x => x.Id).HasSequence("tickets", blockSize: 50);
}

public sealed class NoteConfiguration : IDynamoEntityConfiguration<Note>
{
    public void Configure(DynamoEntityBuilder<Note> builder) => builder.HasPartitionKey(x => x.Id).Property(x => x.Id).ValueGeneratedOnAdd();
}
