using System.Diagnostics.Metrics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>
/// The span and metrics of a commit when something listens: the DynamoDB operation it became, its tables, its
/// number of actions, and the table of the write at fault when a transaction is refused.
/// </summary>
public sealed class CommitTelemetryTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IAmazonDynamoDB _client = Substitute.For<IAmazonDynamoDB>();
    private readonly TelemetryCapture _capture;
    private readonly DynamoContext _context;

    public CommitTelemetryTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _capture = new TelemetryCapture(meters);
        _client.PutItemAsync(Arg.Any<PutItemRequest>(), Arg.Any<CancellationToken>()).Returns(new PutItemResponse());
        _client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).Returns(new UpdateItemResponse());
        _client.DeleteItemAsync(Arg.Any<DeleteItemRequest>(), Arg.Any<CancellationToken>()).Returns(new DeleteItemResponse());
        _client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>()).Returns(new TransactWriteItemsResponse());
        var executor = new TelemetryExecutor(new SdkExecutor(_client), new DynamoInstrumentation(meters), DynamoConsumedCapacity.None);
        var model = EntityModelBuilder.Build([new MemoConfiguration(), new NoteConfiguration()]);
        _context = DynamoContext.Create(
            executor, new DynamoRepositoryOptions { CommitRetryAttempts = 0 }, model, new FakeTimeProvider(), NullLoggerFactory.Instance, _client);
        Memos = new DynamoRepository<Memo>(_context);
        Notes = new DynamoRepository<Note>(_context);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private DynamoRepository<Memo> Memos { get; }

    private DynamoRepository<Note> Notes { get; }

    [Theory]
    [InlineData(StagedWriteKind.Add, "PutItem")]
    [InlineData(StagedWriteKind.Upsert, "PutItem")]
    [InlineData(StagedWriteKind.Update, "UpdateItem")]
    [InlineData(StagedWriteKind.Delete, "DeleteItem")]
    public async Task SaveChangesAsync_IsOneSpanOfTheSingleRequest_WhenOneWriteIsStaged(StagedWriteKind kind, string operation)
    {
        var memo = new Memo { Id = "m-1", Text = "t" };
        Action stage = kind switch
        {
            StagedWriteKind.Add => () => Memos.Add(memo),
            StagedWriteKind.Upsert => () => Memos.Upsert(memo),
            StagedWriteKind.Update => () => Memos.Update(memo),
            _ => () => Memos.Delete(memo),
        };
        stage();

        using (_capture.StartRoot(nameof(SaveChangesAsync_IsOneSpanOfTheSingleRequest_WhenOneWriteIsStaged)))
        {
            await _context.UnitOfWork.SaveChangesAsync(Token);
        }

        var span = Assert.Single(_capture.Spans, s => s.DisplayName == "SaveChanges");
        Assert.Equal(operation, span.GetTagItem(DynamoAttributes.DbOperationName));
        Assert.Equal("Memos", span.GetTagItem(DynamoAttributes.DbCollectionName));
        Assert.Equal(1, span.GetTagItem(DynamoAttributes.CommitActions));
        var actions = Assert.Single(_capture.Of("dynamo_repositories.commit.actions"));
        Assert.Equal(1.0, actions.Value);
        Assert.Equal(operation, actions.Tag(DynamoAttributes.DbOperationName));
    }

    [Fact]
    public async Task SaveChangesAsync_IsATransactionSpanOverEachTableOnce_WhenSeveralWritesAreStaged()
    {
        Memos.Add(new Memo { Id = "m-1" });
        Memos.Add(new Memo { Id = "m-2" });
        Notes.Add(new Note { Id = "n-1" });

        using (_capture.StartRoot(nameof(SaveChangesAsync_IsATransactionSpanOverEachTableOnce_WhenSeveralWritesAreStaged)))
        {
            await _context.UnitOfWork.SaveChangesAsync(Token);
        }

        var span = Assert.Single(_capture.Spans, s => s.DisplayName == "SaveChanges");
        Assert.Equal("TransactWriteItems", span.GetTagItem(DynamoAttributes.DbOperationName));
        Assert.Equal(["Memos", "Notes"], (string[])span.GetTagItem(DynamoAttributes.TableNames)!);
        Assert.Equal(3, span.GetTagItem(DynamoAttributes.CommitActions));
    }

    [Fact]
    public async Task SaveChangesAsync_IsATransactionSpan_WhenTheOnlyStagedWriteIsACheck()
    {
        Memos.Check(new EntityKey("m-1"), m => m.Text == "t");

        using (_capture.StartRoot(nameof(SaveChangesAsync_IsATransactionSpan_WhenTheOnlyStagedWriteIsACheck)))
        {
            await _context.UnitOfWork.SaveChangesAsync(Token);
        }

        var span = Assert.Single(_capture.Spans, s => s.DisplayName == "SaveChanges");
        Assert.Equal("TransactWriteItems", span.GetTagItem(DynamoAttributes.DbOperationName));
        Assert.Equal(1, span.GetTagItem(DynamoAttributes.CommitActions));
    }

    [Fact]
    public async Task SaveChangesAsync_CountsTheConflictOnTheTableOfTheWriteAtFault_WhenATransactionOverTwoTablesIsRefused()
    {
        _client.TransactWriteItemsAsync(Arg.Any<TransactWriteItemsRequest>(), Arg.Any<CancellationToken>()).ThrowsAsync(
            new TransactionCanceledException("canceled")
            {
                CancellationReasons = [new CancellationReason { Code = "None" }, new CancellationReason { Code = "ConditionalCheckFailed" }],
            });
        Memos.Add(new Memo { Id = "m-1" });
        Notes.Add(new Note { Id = "n-1" });

        using (_capture.StartRoot(nameof(SaveChangesAsync_CountsTheConflictOnTheTableOfTheWriteAtFault_WhenATransactionOverTwoTablesIsRefused)))
        {
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _context.UnitOfWork.SaveChangesAsync(Token));
        }

        var conflict = Assert.Single(_capture.Of("dynamo_repositories.conflicts"));
        Assert.Equal("Notes", conflict.Tag(DynamoAttributes.DbCollectionName));
        Assert.Equal("exists", conflict.Tag(DynamoAttributes.ConflictKind));
        var span = Assert.Single(_capture.Spans, s => s.DisplayName == "SaveChanges");
        Assert.Equal(typeof(ConcurrencyConflictException).FullName, span.GetTagItem("error.type"));
    }

    public void Dispose()
    {
        _capture.Dispose();
        _services.Dispose();
    }
}
