using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata;

public sealed class EntityReloadTests
{
    [Fact]
    public void CopyInto_SetsGetOnlyAndConstructorBoundMembers_InTheSameInstance()
    {
        var metadata = EntityModelBuilder.Build([new BoundCounterConfiguration()]).Get<BoundCounter>();
        var stored = new BoundCounter("c-1", 41, 7);
        stored.Increment();
        var item = metadata.ToItem(stored);
        var target = new BoundCounter("c-1", 0, 1);

        EntityReload.CopyInto(metadata, item, target);

        Assert.Equal(42, target.Value);
        Assert.Equal(7, target.Version);
        Assert.Equal(2, target.Notes.Count);
    }

    public sealed class BoundCounter(string id, int value, long version)
    {
        private readonly List<string> _notes = ["created"];

        public string Id { get; } = id;

        public int Value { get; private set; } = value;

        public long Version { get; } = version;

        public IReadOnlyList<string> Notes => _notes;

        public void Increment()
        {
            Value++;
            _notes.Add("incremented");
        }
    }

    private sealed class BoundCounterConfiguration : IDynamoEntityConfiguration<BoundCounter>
    {
        public void Configure(DynamoEntityBuilder<BoundCounter> builder)
        {
            builder.HasPartitionKey(c => c.Id).HasVersion(c => c.Version);
            builder.Property(c => c.Notes).HasField("_notes");
        }
    }
}
