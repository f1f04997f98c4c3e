using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.UnitOfWork;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Repositories;

public sealed class DynamoRepositoryKeyTests
{
    private readonly UowHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetAsync_SendsGetItemWithKeyAndConsistency_FromOptions(bool consistent)
    {
        var transfer = UowHarness.TransferFaker().Generate();
        _harness.Options.ConsistentReads = consistent;
        var metadata = UowHarness.Model.Get<Transfer>();
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>())
            .Returns(new GetItemResponse { Item = metadata.ToItem(transfer) });

        var found = await _harness.Transfers.GetAsync(transfer.AccountId, transfer.TransferId, Token);

        var request = (GetItemRequest)_harness.Client.ReceivedCalls().Single().GetArguments()[0]!;
        Assert.Equal("test-Transfers", request.TableName);
        Assert.Equal(consistent ? true : null, request.ConsistentRead);
        Assert.Equal(transfer.AccountId, request.Key["AccountId"].S);
        Assert.Equal(transfer.TransferId, request.Key["TransferId"].S);
        Assert.NotNull(found);
        Assert.Equal(transfer.Amount, found.Amount);
    }

    [Fact]
    public async Task GetAsync_ReturnsNull_WhenNoItemHasTheKey()
    {
        _harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>()).Returns(new GetItemResponse());

        Assert.Null(await _harness.Accounts.GetAsync("missing", Token));
    }

    [Fact]
    public async Task GetAsync_ThrowsEntityMappingWithoutSending_WhenTheKeyHasTheWrongType()
    {
        var error = await Assert.ThrowsAsync<EntityMappingException>(() => _harness.Accounts.GetAsync(42, Token));

        Assert.Equal(nameof(Account.Id), error.PropertyName);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public async Task GetAsync_ThrowsEntityMappingWithoutSending_WhenTheSortKeyIsMissing()
    {
        await Assert.ThrowsAsync<EntityMappingException>(() => _harness.Transfers.GetAsync("acc-1", Token));

        Assert.Equal(0, _harness.CallCount());
    }
}
