using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.UnitTests.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes;

public sealed class InMemoryKeyGenerationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddAsync_TakesSequenceKeysFromTheFakesCounterTable_InBlocks()
    {
        var store = new InMemoryDynamoStore(new Configuration<Counted>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).HasSequence("counted", blockSize: 2)));
        var repository = store.Repository<Counted>();

        var added = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            added.Add((await repository.AddAsync(new Counted { Name = "n" + i }, Token)).Id);
        }

        Assert.Equal([1L, 2L, 3L], added);
        Assert.Equal("n2", (await repository.GetAsync(3L, Token))!.Name);
    }

    public sealed class Counted
    {
        public long Id { get; set; }

        public string Name { get; set; } = "";
    }
}
