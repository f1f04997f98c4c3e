using System.Text;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Testing.InMemory;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Fakes;

/// <summary>
/// The in-memory executor against DynamoDB Local, request by request: the same raw requests (edge cases of typing,
/// ordering, paging, numbers and errors) sent to both must give the same items, counts, keys and errors.
/// </summary>
public sealed class InMemoryExecutorConformanceTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Scenarios => [.. ConformanceScenarios.All.Keys];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Request_GivesTheSameAnswer_OnTheExecutorAndDynamoDbLocal(string scenario)
    {
        var table = fixture.NewTablePrefix("conformance") + "t";
        var create = ConformanceScenarios.Table(table);
        await fixture.Client.CreateTableAsync(create, Ct);
        var memory = new InMemoryExecutor();
        memory.CreateTable(create);
        var local = new SdkExecutor(fixture.Client);

        var expected = await Answer(() => ConformanceScenarios.All[scenario](local, table));
        var actual = await Answer(() => ConformanceScenarios.All[scenario](memory, table));

        Assert.Equal(expected, actual);
    }

    private static async Task<string> Answer(Func<Task<string>> run)
    {
        try
        {
            return await run();
        }
        catch (AmazonServiceException exception)
        {
            var text = new StringBuilder($"{exception.GetType().Name} {exception.ErrorCode}: {exception.Message}");
            if (exception is TransactionCanceledException canceled)
            {
                text.Append(" reasons ").AppendJoin(',', canceled.CancellationReasons.Select(r => r.Code + (r.Item is { Count: > 0 } ? "+item" : string.Empty)));
            }

            if (exception is ConditionalCheckFailedException failed)
            {
                text.Append(" item ").Append(failed.Item is { Count: > 0 });
            }

            return text.ToString();
        }
    }
}
