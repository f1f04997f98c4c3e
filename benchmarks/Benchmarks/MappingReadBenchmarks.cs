using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.DocumentModel;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Contenders;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>Mapping only, no I/O: one 20-attribute item decoded into an entity.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("MappingRead")]
public class MappingReadBenchmarks
{
    private Dictionary<string, AttributeValue> _item = null!;
    private EntityMetadata<BenchOrder> _ours = null!;
    private ContextContender _context = null!;
    private AmazonDynamoDBClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        var expected = OrderData.Create(OrderData.QueryCustomer, 2)[1];
        expected.Version = 3;
        _item = ManualMapper.ToItem(expected);
        _ours = OurMapping.Create();
        _client = BenchClients.CreateCanned(new CannedDynamoDbHandler(new CannedResponses()));
        _context = new ContextContender(_client);
        var check = new EquivalenceCheck("MappingRead");
        check.Record("LowLevel", [], [LowLevel_Read()]);
        check.Record("Ours", [], [Ours_Read()]);
        check.Record("DynamoDBContext", [], [DynamoDBContext_Read().ToBenchOrder()]);
        check.Verify([expected]);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Context.Dispose();
        _client.Dispose();
    }

    [Benchmark(Baseline = true)]
    public BenchOrder LowLevel_Read() => ManualMapper.FromItem(_item);

    [Benchmark]
    public BenchOrder Ours_Read() => _ours.FromItem(_item);

    [Benchmark]
    public ContextOrder DynamoDBContext_Read() => _context.Context.FromDocument<ContextOrder>(Document.FromAttributeMap(_item));
}
