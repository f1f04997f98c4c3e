using System.Globalization;
using System.Net;
using System.Text;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.UnitTests.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Performance;

/// <summary>
/// The CI-cheap allocation guard of the wire path: one GetItem of a 20-attribute item over an in-memory handler that
/// completes synchronously (so every allocation is on the test thread), on the wire path and, for comparison, on the
/// SDK path over the same client and handler. Budget (measured on .NET 10, x64, 2026-11-30): see <see cref="WireGetItemBudget"/>. A failure means the wire path allocates more per request: find
/// it with the Get benchmark and fix it, or change the budget here on purpose, with the new measurement.
/// </summary>
[Collection(nameof(UnitTests.Telemetry.SpanSourceCollection))]
public sealed class WireAllocationTests
{
    /// <summary>Measured 7,712 B per GetItem on the wire path with the library's JSON writer and reader (10,672 B with the SDK's marshallers; the SDK path: 26,720 B) -> budget 9,600 B (25 % headroom).</summary>
    private const long WireGetItemBudget = 9_600;

    [Fact]
    public void GetItem_OnTheWirePath_AllocatesWithinBudget_AndLessThanAThirdOfTheSdkPath()
    {
        using var handler = new CannedHandler(Item());
        using var executor = WireTestClients.Executor(handler);
        using var client = WireTestClients.Client(handler);
        var sdk = new SdkExecutor(client);
        var request = new GetItemRequest { TableName = "PerfOrders", Key = new() { ["pk"] = new AttributeValue { S = "c-1" }, ["sk"] = new AttributeValue { S = "o-1" } } };

        var wire = Measure(() => executor.GetItemAsync(request, CancellationToken.None));
        var viaSdk = Measure(() => sdk.GetItemAsync(request, CancellationToken.None));

        TestContext.Current.TestOutputHelper?.WriteLine($"GetItem allocations: wire path {wire} B, SDK path {viaSdk} B.");
        Assert.True(wire <= WireGetItemBudget, $"A GetItem on the wire path allocated {wire} B; the budget is {WireGetItemBudget} B (the SDK path: {viaSdk} B).");
        Assert.True(wire * 3 < viaSdk, $"A GetItem on the wire path allocated {wire} B, not less than a third of the SDK path's {viaSdk} B.");
    }

    private static long Measure(Func<Task<GetItemResponse>> get)
    {
        for (var i = 0; i < 20; i++)
        {
            get().GetAwaiter().GetResult();
        }

        const int Rounds = 50;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Rounds; i++)
        {
            var task = get();
            Assert.True(task.IsCompletedSuccessfully, "The measured call must complete synchronously, or its allocations escape the thread's count.");
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
    }

    private static byte[] Item()
    {
        var json = new StringBuilder("{\"Item\":{\"pk\":{\"S\":\"c-1\"},\"sk\":{\"S\":\"o-1\"}");
        for (var i = 0; i < 18; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $",\"a{i}\":{{\"S\":\"value number {i}\"}}");
        }

        return Encoding.UTF8.GetBytes(json.Append("}}").ToString());
    }

    /// <summary>Answers every request with the same bytes and CRC32, synchronously, without reading the request.</summary>
    internal sealed class CannedHandler(byte[] body) : HttpMessageHandler
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
