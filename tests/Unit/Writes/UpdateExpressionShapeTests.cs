using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>An update SETs what is present and REMOVEs what is absent, for each shape of one entity type in turn.</summary>
public sealed class UpdateExpressionShapeTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Update_WritesEachShapeOfPresentAndAbsentAttributes_OneAfterAnother()
    {
        var harness = new RepositoryHarness();
        var first = RepositoryHarness.EntryFaker().Generate();
        first.Note = "m";
        first.Payload = null;
        var second = RepositoryHarness.EntryFaker(13).Generate();
        second.Note = null;
        second.Payload = "p";

        harness.Ledger.Update(first);
        await harness.UnitOfWork.SaveChangesAsync(Token);
        harness.Ledger.Update(second);
        await harness.UnitOfWork.SaveChangesAsync(Token);

        var requests = harness.Client.ReceivedCalls().Select(c => (UpdateItemRequest)c.GetArguments()[0]!).ToList();
        Assert.Equal("SET Amount = ?, Category = ?, Note = ? REMOVE Payload", Rendered(requests[0]));
        Assert.Equal("SET Amount = ?, Category = ?, Payload = ? REMOVE Note", Rendered(requests[1]));
        Assert.Contains(requests[0].ExpressionAttributeValues.Values, v => v.S == "m");
        Assert.Contains(requests[1].ExpressionAttributeValues.Values, v => v.S == "p");
    }

    [Fact]
    public async Task Update_RemovesOnly_WhenEveryNonKeyAttributeIsAbsent_AndSetsOnly_WhenEveryOneIsPresent()
    {
        var (client, context) = SingleEntityContext.Create(new MemoConfiguration());
        var memos = new DynamoRepository<Memo>(context);

        memos.Update(new Memo { Id = "a" });
        await context.UnitOfWork.SaveChangesAsync(Token);
        memos.Update(new Memo { Id = "b", Text = "t" });
        await context.UnitOfWork.SaveChangesAsync(Token);

        var requests = client.ReceivedCalls().Select(c => (UpdateItemRequest)c.GetArguments()[0]!).ToList();
        Assert.Equal("REMOVE Text", Rendered(requests[0]));
        Assert.Null(requests[0].ExpressionAttributeValues);
        Assert.Equal("SET Text = ?", Rendered(requests[1]));
    }

    private static string Rendered(UpdateItemRequest request) => SingleEntityContext.Rendered(request);
}
