using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

/// <summary>The throttling reasons DynamoDB gives reach the exceptions, with what to do in the message.</summary>
public sealed class ThrottlingMessageTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_CarriesTheReasonAndItsAdvice_WhenAHotKeyIsThrottled()
    {
        var harness = new RepositoryHarness();
        harness.Client.GetItemAsync(Arg.Any<GetItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(ThrottlingReasonsTests.Throttled(("TableReadKeyRangeThroughputExceeded", "arn:aws:dynamodb:us-east-1:1:table/test-Customers")));

        var error = await Assert.ThrowsAsync<ReadFailedException>(() => harness.Customers.GetAsync("cust-1", Token));

        var reason = Assert.Single(error.ThrottlingReasons);
        Assert.Equal(DynamoThrottlingLimit.KeyRangeThroughputExceeded, reason.Limit);
        Assert.Equal("test-Customers", reason.TableName);
        Assert.True(error.IsTransient);
        Assert.Contains("DynamoDB's reason: TableReadKeyRangeThroughputExceeded on table 'test-Customers'. A hot key range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_NamesTheIndex_WhenGsiBackPressureThrottlesTheWrite()
    {
        var harness = new RepositoryHarness(commitRetryAttempts: 0);
        harness.Wallets.Update(RepositoryHarness.WalletFaker().Generate());
        harness.Client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(ThrottlingReasonsTests.Throttled(("IndexWriteProvisionedThroughputExceeded", "arn:aws:dynamodb:us-east-1:1:table/test-Wallets/index/ByOwner")));

        var error = await Assert.ThrowsAsync<WriteThrottledException>(() => harness.DriveAsync(harness.UnitOfWork.SaveChangesAsync(Token)));

        var reason = Assert.Single(error.ThrottlingReasons);
        Assert.Equal(("test-Wallets", "ByOwner", true), (reason.TableName, reason.IndexName, reason.IsWrite));
        Assert.Contains("GSI write back-pressure", error.Message, StringComparison.Ordinal);
        Assert.Contains("a global index needs at least the table's write capacity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_HasNoReasons_WhenATransactionIsCanceledForThrottling()
    {
        var harness = new RepositoryHarness(commitRetryAttempts: 0);
        RepositoryHarness.WalletFaker().Generate(2).ForEach(harness.Wallets.Update);
        harness.Client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new TransactionCanceledException("canceled") { CancellationReasons = [new() { Code = "ThrottlingError" }, new() { Code = "None" }] });

        var error = await Assert.ThrowsAsync<WriteThrottledException>(() => harness.DriveAsync(harness.UnitOfWork.SaveChangesAsync(Token)));

        Assert.Empty(error.ThrottlingReasons);
        Assert.Contains("Retry later, or raise the table's capacity.", error.Message, StringComparison.Ordinal);
    }
}
