using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Query;
using Dynamo.Repositories.Wire;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>
/// Where a wire Query100 spends its time, against the hand-written SDK call (baseline, as in <c>Query100</c>): the
/// whole repository read, the transport alone (credentials, SigV4, POST through the shared <see cref="HttpClient"/> and
/// canned handler, reading the 100-item body), the unsigned POST alone (<c>Floor</c>, what any library pays), and the
/// compiled entity reader over the same body alone (JSON to 100 entities, no I/O).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("QuerySteps")]
public class QueryStepsBenchmarks : CannedBenchmark
{
    private const string Target = "DynamoDB_20120810.Query";
    private static readonly byte[] RequestBody = "{}"u8.ToArray();

    private WireExecutor _executor = null!;
    private WireTransport _transport = null!;
    private HttpClient _http = null!;
    private IItemMaterializer<BenchOrder> _materializer = null!;

    [GlobalSetup]
    public void Setup()
    {
        SetupContenders();
        _executor = WireExecutorFactory.TryCreate(Client, TimeSpan.Zero, TimeProvider.System, out var reason)
            ?? throw new InvalidOperationException("No wire path: " + reason);
        _http = WireHttp.Create(Client.Config).Client;
        var credentials = new WireCredentials(SdkClientAccess.ExplicitCredentials(Client), Client.Config);
        var signer = new SigV4Signer("us-east-1", WireExecutorFactory.SigningService);
        _transport = new WireTransport(_http, false, _executor.Endpoint, signer, credentials, TimeProvider.System);
        _materializer = EntityMaterializer<BenchOrder>.For(EntityModelBuilder.Build([new BenchOrderConfiguration()]).Get<BenchOrder>());
        if (Entities_Read() != Responses.QueryOrders.Count)
        {
            throw new InvalidOperationException("The entity reader did not read the canned Query's 100 items.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _executor.Dispose();
        CleanupContenders();
    }

    [Benchmark(Baseline = true)]
    public Task<List<BenchOrder>> LowLevel_Query() => LowLevel.QueryAsync(OrderData.QueryCustomer);

    [Benchmark]
    public Task<List<BenchOrder>> Ours_Query() => Ours.QueryAsync(OrderData.QueryCustomer);

    [Benchmark]
    public async Task<int> Transport_Send()
    {
        using var response = await _transport.SendAsync(Target, RequestBody, CancellationToken.None);
        return response.Length;
    }

    [Benchmark]
    public async Task<int> Floor_HttpClient()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _executor.Endpoint) { Content = new ReadOnlyMemoryContent(RequestBody) };
        message.Headers.TryAddWithoutValidation("X-Amz-Target", Target);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
        var body = await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
        return body.Length;
    }

    [Benchmark]
    public int Entities_Read() => EntityResponseReader.ReadPage(Responses.Query.Body, _materializer).Items.Count;
}
