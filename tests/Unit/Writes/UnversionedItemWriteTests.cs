using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>Writes of a versioned entity loaded without a version: the conditions require the stored item to have none.</summary>
public sealed class UnversionedItemWriteTests
{
    private readonly IAmazonDynamoDB _client = Substitute.For<IAmazonDynamoDB>();
    private readonly DynamoContext _context;
    private readonly DynamoRepository<Note> _notes;

    public UnversionedItemWriteTests()
    {
        var options = new DynamoRepositoryOptions { CommitRetryAttempts = 0 };
        _client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>()).Returns(new PutItemResponse());
        _client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).Returns(new UpdateItemResponse());
        _client.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>()).Returns(new DeleteItemResponse());
        var model = EntityModelBuilder.Build([new NoteConfiguration()]);
        _context = DynamoContext.Create(new SdkExecutor(_client), options, model, new FakeTimeProvider(), NullLoggerFactory.Instance, _client);
        _notes = new DynamoRepository<Note>(_context);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Update_RequiresTheStoredItemToHaveNoVersion_AndWritesVersionOne()
    {
        var note = new Note { Id = "n-1", Text = "hello" };
        _notes.Update(note);

        await _context.UnitOfWork.SaveChangesAsync(Token);

        var request = (UpdateItemRequest)_client.ReceivedCalls().Single().GetArguments()[0]!;
        var names = request.ExpressionAttributeNames;
        Assert.Equal($"attribute_exists({Name(names, "Id")}) AND attribute_not_exists({Name(names, "Version")})", request.ConditionExpression);
        Assert.Equal("1", request.ExpressionAttributeValues.Values.Single(v => v.N is not null).N);
        Assert.Equal(1, note.Version);
    }

    [Fact]
    public async Task Upsert_AllowsAnAbsentItemOrOneWithoutVersion()
    {
        _notes.Upsert(new Note { Id = "n-2" });

        await _context.UnitOfWork.SaveChangesAsync(Token);

        var request = (PutItemRequest)_client.ReceivedCalls().Single().GetArguments()[0]!;
        var names = request.ExpressionAttributeNames;
        Assert.Equal($"attribute_not_exists({Name(names, "Id")}) OR attribute_not_exists({Name(names, "Version")})", request.ConditionExpression);
        Assert.Null(request.ExpressionAttributeValues);
        Assert.Equal("1", request.Item["Version"].N);
    }

    [Fact]
    public async Task Delete_RequiresTheStoredItemToHaveNoVersion()
    {
        var note = new Note { Id = "n-3" };
        _notes.Delete(note);

        await _context.UnitOfWork.SaveChangesAsync(Token);

        var request = (DeleteItemRequest)_client.ReceivedCalls().Single().GetArguments()[0]!;
        var names = request.ExpressionAttributeNames;
        Assert.Equal($"attribute_exists({Name(names, "Id")}) AND attribute_not_exists({Name(names, "Version")})", request.ConditionExpression);
        Assert.Null(note.Version);
    }

    [Fact]
    public async Task SaveChangesAsync_SaysTheEntityHadNoVersion_WhenTheStoredItemHasOne()
    {
        _notes.Upsert(new Note { Id = "n-4" });
        _client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed") { Item = new() { ["Id"] = new() { S = "n-4" }, ["Version"] = new() { N = "3" } } });

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _context.UnitOfWork.SaveChangesAsync(Token));

        Assert.Null(error.ExpectedVersion);
        Assert.Equal(3, error.StoredVersion);
        Assert.Contains("the stored version is 3, but the entity was loaded with no version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveChangesAsync_BumpsAnExistingNullableVersion()
    {
        var note = new Note { Id = "n-5", Version = 4 };
        _notes.Update(note);

        await _context.UnitOfWork.SaveChangesAsync(Token);

        var request = (UpdateItemRequest)_client.ReceivedCalls().Single().GetArguments()[0]!;
        Assert.Contains(" = :v", request.ConditionExpression, StringComparison.Ordinal);
        Assert.Contains(request.ExpressionAttributeValues.Values, v => v.N == "4");
        Assert.Equal(5, note.Version);
    }

    private static string Name(Dictionary<string, string> names, string attribute) => names.Single(n => n.Value == attribute).Key;
}
