using System.Globalization;
using System.Net;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.UnitTests.Wire;
using Dynamo.Repositories.Wire;
using Dynamo.Repositories.Wire.Json;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>
/// The CI-cheap allocation guard of the wire path's reads, entities straight from the response JSON: one GetItem of
/// the benchmarks' 20-attribute entity and one 100-item Query page, over an in-memory handler that completes
/// synchronously, each against the same read through attribute maps (the plain operation, then <c>FromItem</c>).
/// Measured on .NET 10, x64, Debug as the tests build, 2026-11-30: see the budgets. A failure means the entity reads
/// allocate more: find it with the Get and Query100 benchmarks and fix it, or change the budget on purpose, with the
/// new measurement, in the same commit.
/// </summary>
public sealed class WireReadAllocationTests
{
    /// <summary>Measured 4,072 B per GetItem read into an entity (8,712 B for the plain GetItem and FromItem through attribute maps) -> budget 5,100 B (25 % headroom).</summary>
    private const long GetBudget = 5_100;

    /// <summary>Measured 106,658 B per 100-item page read into entities (465,204 B through attribute maps) -> budget 133,000 B (25 % headroom).</summary>
    private const long QueryPageBudget = 133_000;

    [Fact]
    public void GetItem_IntoAnEntity_AllocatesWithinBudget_AndLessThanThroughAttributeMaps()
    {
        var (metadata, items) = Items(1);
        using var handler = new CannedHandler(Body("Item", items[0]));
        using var executor = WireTestClients.Executor(handler);
        var materializer = EntityMaterializer<PerfOrder>.For(metadata);
        var request = new GetItemRequest { TableName = "PerfOrders", Key = new() { ["pk"] = new AttributeValue { S = "c-1" } } };

        var direct = Measure(() => executor.GetItemAsync(request, materializer, CancellationToken.None).AsTask(), r => r.Item!.OrderId);
        var viaMaps = Measure(() => executor.GetItemAsync(request, CancellationToken.None), r => metadata.FromItem(r.Item).OrderId);

        TestContext.Current.TestOutputHelper?.WriteLine($"GetItem into an entity: {direct} B straight from JSON, {viaMaps} B through attribute maps.");
        Assert.True(direct <= GetBudget, $"A GetItem into an entity allocated {direct} B; the budget is {GetBudget} B.");
        Assert.True(direct < viaMaps * 0.7, $"A GetItem into an entity allocated {direct} B, not 30 % less than through attribute maps ({viaMaps} B).");
    }

    [Fact]
    public void QueryPage_IntoEntities_AllocatesWithinBudget_AndLessThanHalfOfAttributeMaps()
    {
        var (metadata, items) = Items(100);
        using var handler = new CannedHandler(Body("Items", items));
        using var executor = WireTestClients.Executor(handler);
        var materializer = EntityMaterializer<PerfOrder>.For(metadata);
        var request = new QueryRequest { TableName = "PerfOrders", KeyConditionExpression = "#p = :p" };

        var direct = Measure(() => executor.QueryAsync(request, materializer, CancellationToken.None), p => p.Items[99].OrderId);
        var viaMaps = Measure(() => executor.QueryAsync(request, CancellationToken.None), p => p.Items.ConvertAll(metadata.FromItem)[99].OrderId);

        TestContext.Current.TestOutputHelper?.WriteLine($"100-item page into entities: {direct} B straight from JSON, {viaMaps} B through attribute maps.");
        Assert.True(direct <= QueryPageBudget, $"A 100-item page into entities allocated {direct} B; the budget is {QueryPageBudget} B.");
        Assert.True(direct * 2 < viaMaps, $"A 100-item page into entities allocated {direct} B, not less than half of attribute maps' {viaMaps} B.");
    }

    private static (EntityMetadata<PerfOrder> Metadata, List<Dictionary<string, AttributeValue>> Items) Items(int count)
    {
        var metadata = EntityModelBuilder.Build([new PerfOrderConfiguration()]).Get<PerfOrder>();
        return (metadata, MappingAllocationTests.Orders().Take(count).Select(metadata.ToItem).ToList());
    }

    private static byte[] Body(string member, object items)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (items is List<Dictionary<string, AttributeValue>> list)
            {
                writer.WriteNumber("Count", list.Count);
                AttributeValueJsonWriter.WriteItems(writer, "Items"u8, list);
                writer.WriteNumber("ScannedCount", list.Count);
            }
            else
            {
                AttributeValueJsonWriter.WriteItem(writer, System.Text.Encoding.UTF8.GetBytes(member), (Dictionary<string, AttributeValue>)items);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenMemory.ToArray();
    }

    private static long Measure<TResult>(Func<Task<TResult>> read, Func<TResult, string> use)
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.False(string.IsNullOrEmpty(use(read().GetAwaiter().GetResult())));
        }

        const int Rounds = 50;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++)
        {
            var task = read();
            Assert.True(task.IsCompletedSuccessfully, "The measured call must complete synchronously, or its allocations escape the thread's count.");
            use(task.Result);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
    }

    /// <summary>Answers every request with the same bytes and CRC32, synchronously, without reading the request.</summary>
    private sealed class CannedHandler(byte[] body) : HttpMessageHandler
    {
        private readonly string _crc = System.IO.Hashing.Crc32.HashToUInt32(body).ToString(CultureInfo.InvariantCulture);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body), RequestMessage = request };
            response.Headers.TryAddWithoutValidation("x-amz-crc32", _crc);
            return Task.FromResult(response);
        }
    }
}
