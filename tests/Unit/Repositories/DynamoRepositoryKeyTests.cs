using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Repositories;

public sealed class DynamoRepositoryKeyTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetAsync_SendsGetItemWithKeyAndConsistency_FromOptions(bool consistent)
    {
        var entry = RepositoryHarness.EntryFaker().Generate();
        _harness.Options.ConsistentReads = consistent;
        var metadata = RepositoryHarness.Model.Get<LedgerEntry>();
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>())
            .Returns(new GetItemResponse { Item = metadata.ToItem(entry) });

        var found = await _harness.Ledger.GetAsync(entry.WalletId, entry.EntryId, Token);

        var request = (GetItemRequest)_harness.Client.ReceivedCalls().Single().GetArguments()[0]!;
        Assert.Equal("test-Ledger", request.TableName);
        Assert.Equal(consistent ? true : null, request.ConsistentRead);
        Assert.Equal(entry.WalletId, request.Key["WalletId"].S);
        Assert.Equal(entry.EntryId, request.Key["EntryId"].S);
        Assert.NotNull(found);
        Assert.Equal(entry.Amount, found.Amount);
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenNoItemHasTheKey()
    {
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new GetItemResponse());

        Assert.Null(await _harness.Wallets.GetAsync("missing", Token));
    }

    [Fact]
    public async Task GetAsync_ThrowsEntityMappingWithoutSending_WhenTheKeyHasTheWrongType()
    {
        var error = await Assert.ThrowsAsync<EntityMappingException>(() => _harness.Wallets.GetAsync(42, Token));

        Assert.Equal(nameof(Wallet.Id), error.PropertyName);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task GetAsync_ThrowsEntityMappingWithoutSending_WhenTheSortKeyIsMissing()
    {
        await Assert.ThrowsAsync<EntityMappingException>(() => _harness.Ledger.GetAsync("acc-1", Token));

        Assert.Equal(0, _harness.CallCount());
    }
}
