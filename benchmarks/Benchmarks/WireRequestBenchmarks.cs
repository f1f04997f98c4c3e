using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Model;
using Dynamo.Repositories.Wire;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>
/// Where the fixed cost of one wire request goes: the canned GetItem sent whole through the wire executor (baseline),
/// then each of its steps alone. <c>Floor</c> is the unsigned POST through the shared <see cref="HttpClient"/> and the
/// canned handler (what any library pays), <c>Transport</c> adds the credentials, SigV4 and reading the body.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("WireRequest")]
public class WireRequestBenchmarks : CannedBenchmark
{
    private const string Target = "DynamoDB_20120810.GetItem";
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    private WireExecutor _executor = null!;
    private WireTransport _transport = null!;
    private WireCredentials _credentials = null!;
    private SigV4Signer _signer = null!;
    private ImmutableCredentials _immutable = null!;
    private GetItemRequest _request = null!;
    private byte[] _body = null!;
    private WireResponse _response = null!;
    private HttpClient _http = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        SetupContenders();
        _executor = WireExecutorFactory.TryCreate(Client, TimeSpan.Zero, TimeProvider.System, out var reason)
            ?? throw new InvalidOperationException("No wire path: " + reason);
        _http = WireHttp.Create(Client.Config).Client;
        _credentials = new WireCredentials(SdkClientAccess.ExplicitCredentials(Client), Client.Config);
        _signer = new SigV4Signer("us-east-1", WireExecutorFactory.SigningService);
        _transport = new WireTransport(_http, false, _executor.Endpoint, _signer, _credentials, TimeProvider.System);
        _immutable = await _credentials.GetAsync(CancellationToken.None);
        _request = new GetItemRequest { TableName = BenchOrderConfiguration.TableName, Key = ManualMapper.KeyOf(OrderData.QueryCustomer, "ORDER#00000") };
        using (var body = new PooledBufferWriter())
        {
            using (var writer = new Utf8JsonWriter(body, WriterOptions))
            {
                WireRequestWriter.Write(writer, _request);
            }

            _body = body.WrittenMemory.ToArray();
        }

        _response = await _transport.SendAsync(Target, _body, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _response.Dispose();
        _executor.Dispose();
        CleanupContenders();
    }

    [Benchmark(Baseline = true)]
    public Task<GetItemResponse> Whole_GetItem() => _executor.GetItemAsync(_request, CancellationToken.None);

    [Benchmark]
    public async Task<int> Floor_HttpClient()
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, _executor.Endpoint) { Content = new ReadOnlyMemoryContent(_body) };
        message.Headers.TryAddWithoutValidation("X-Amz-Target", Target);
        using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
        return (int)response.StatusCode;
    }

    [Benchmark]
    public async Task<int> Transport_Send()
    {
        using var response = await _transport.SendAsync(Target, _body, CancellationToken.None);
        return response.Length;
    }

    [Benchmark]
    public async Task<string> Credentials_Get() => (await _credentials.GetAsync(CancellationToken.None)).AccessKey;

    [Benchmark]
    public string Signer_Sign() => _signer.Sign(_immutable, DateTime.UtcNow, "canned.invalid", Target, _body).Authorization;

    [Benchmark]
    public int RequestJson_Write()
    {
        using var body = WireRequestBody.Rent();
        WireRequestWriter.Write(body.Writer, _request);
        return body.Written.Length;
    }

    [Benchmark]
    public int Crc32_Check()
    {
        _response.CheckCrc32();
        return _response.Length;
    }

    [Benchmark]
    public int ResponseJson_Read() => WireResponseReader.ReadGetItem(_response.Body.Span).Item.Count;
}
