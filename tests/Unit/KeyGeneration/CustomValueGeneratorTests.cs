using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.UnitTests.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.KeyGeneration;

/// <summary><c>HasValueGenerator</c>: the application's own generator, of the key's type or of the type a wrapped key stores.</summary>
public sealed class CustomValueGeneratorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_TakesTheKeyFromTheApplicationsGenerator_AndKeepsAKeyAlreadySet()
    {
        var generator = new Counter();
        var store = new InMemoryDynamoStore(new Configuration<Note>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).HasValueGenerator(generator)));
        var repository = store.Repository<Note>();

        var first = await repository.AddAsync(new Note { Text = "a" }, Token);
        var chosen = await repository.AddAsync(new Note { Id = "mine", Text = "b" }, Token);
        var second = await repository.AddAsync(new Note { Text = "c" }, Token);

        Assert.Equal(("note-1", "mine", "note-2"), (first.Id, chosen.Id, second.Id));
        Assert.Equal("c", (await repository.GetAsync("note-2", Token))!.Text);
    }

    [Fact]
    public async Task AddAsync_WrapsTheGeneratedValue_WhenTheGeneratorProducesTheTypeAWrappedKeyStores()
    {
        var id = new Guid("0190a1b2-0000-7000-8000-00000000002a");
        var store = new InMemoryDynamoStore(new Configuration<Shipment>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).HasValueGenerator(new Fixed<Guid>(id))));

        var added = await store.Repository<Shipment>().AddAsync(new Shipment { Carrier = "post" }, Token);

        Assert.Equal(new OrderId(id), added.Id);
    }

    [Fact]
    public void Build_Throws_WhenTheGeneratorProducesAnotherType_AndRefusesNoGenerator()
    {
        var error = Assert.Throws<EntityConfigurationException>(() =>
            EntityModelBuilder.Build([new Configuration<Note>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).HasValueGenerator(new Fixed<int>(1)))]));

        Assert.Equal(nameof(Note.Id), error.PropertyName);
        Assert.StartsWith("Note.Id is stored as String, which its generator of Int32 cannot produce.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("generator", () =>
            EntityModelBuilder.Build([new Configuration<Note>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).HasValueGenerator<string>(null!))]));
    }

    public sealed class Note
    {
        public string Id { get; set; } = "";

        public string Text { get; set; } = "";
    }

    public sealed class Shipment
    {
        public OrderId Id { get; set; }

        public string Carrier { get; set; } = "";
    }

    private sealed class Counter : IDynamoValueGenerator<string>
    {
        private int _next;

        public ValueTask<string> NextAsync(CancellationToken cancellationToken) => ValueTask.FromResult($"note-{Interlocked.Increment(ref _next)}");
    }

    private sealed class Fixed<T>(T value) : IDynamoValueGenerator<T>
    {
        public ValueTask<T> NextAsync(CancellationToken cancellationToken) => ValueTask.FromResult(value);
    }
}
