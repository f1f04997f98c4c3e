// The consumer smoke test: what a user of the three packages writes, built from the packages alone.
using Ardalis.Specification;
using Dynamo.Repositories;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Testing;
using Microsoft.Extensions.DependencyInjection;

await using var local = await DynamoDbLocal.StartAsync();

var services = new ServiceCollection();
services.AddDynamoRepositories(
    options =>
    {
        options.ServiceUrl = local.ServiceUrl;
        options.TablePrefix = $"consumer-{Guid.NewGuid():N}-";
        options.CreateTablesOnStartup = true;
    },
    typeof(NoteConfiguration).Assembly);
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
await provider.InitializeDynamoRepositoriesAsync();

await using (var scope = provider.CreateAsyncScope())
{
    var notes = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Note>>();
    notes.Add(new Note { Owner = "ada", Id = "1", Text = "first" });
    notes.Add(new Note { Owner = "ada", Id = "2", Text = "second" });
    notes.Add(new Note { Owner = "bob", Id = "1", Text = "other" });
    await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
}

await using (var scope = provider.CreateAsyncScope())
{
    var notes = scope.ServiceProvider.GetRequiredService<IDynamoRepository<Note>>();
    var found = await notes.ListAsync(new NotesOfOwner("ada"));
    var texts = string.Join(",", found.Select(n => n.Text));
    if (texts != "second,first")
    {
        Console.Error.WriteLine($"consumer smoke: expected 'second,first', got '{texts}'");
        return 1;
    }

    Console.WriteLine($"consumer smoke: committed 3 notes in one unit of work, queried {found.Count} back ({texts})");
}

return 0;

/// <summary>The entity.</summary>
internal sealed class Note
{
    public string Owner { get; set; } = "";

    public string Id { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>Its mapping.</summary>
internal sealed class NoteConfiguration : IDynamoEntityConfiguration<Note>
{
    public void Configure(DynamoEntityBuilder<Note> note)
    {
        note.ToTable("Notes");
        note.HasPartitionKey(n => n.Owner);
        note.HasSortKey(n => n.Id);
    }
}

/// <summary>A query on the partition key, newest id first.</summary>
internal sealed class NotesOfOwner : Specification<Note>
{
    public NotesOfOwner(string owner) => Query.Where(n => n.Owner == owner).OrderByDescending(n => n.Id);
}
