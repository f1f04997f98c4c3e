using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using BenchmarkDotNet.Attributes;
using Dynamo.Repositories.Benchmarks.Contenders;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>Mapping only, no I/O: one entity encoded into a 20-attribute item.</summary>
[MemoryDiagnoser]
[BenchmarkCategory("MappingWrite")]
public class MappingWriteBenchmarks
{
    private BenchOrder _order = null!;
    private ContextOrder _contextOrder = null!;
    private EntityMetadata<BenchOrder> _ours = null!;
    private ContextContender _context = null!;
    private AmazonDynamoDBClient _client = null!;

    [GlobalSetup]
    public void Setup()
    {
        _order = OrderData.Create(OrderData.WriteCustomer, 2)[1];
        _order.Version = 3;
        _contextOrder = ContextOrder.From(_order);
        _ours = OurMapping.Create();
        _client = BenchClients.CreateCanned(new CannedDynamoDbHandler(new CannedResponses()));
        _context = new ContextContender(_client);
        var check = new EquivalenceCheck("MappingWrite");
        check.Record("LowLevel", [RequestShape.DescribeItem(LowLevel_Write())], []);
        check.Record("Ours", [RequestShape.DescribeItem(Ours_Write())], []);
        check.Record("DynamoDBContext", [RequestShape.DescribeItem(DynamoDBContext_Write())], []);
        check.Verify();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Context.Dispose();
        _client.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Dictionary<string, AttributeValue> LowLevel_Write() => ManualMapper.ToItem(_order);

    [Benchmark]
    public Dictionary<string, AttributeValue> Ours_Write() => _ours.ToItem(_order);

    [Benchmark]
    public Dictionary<string, AttributeValue> DynamoDBContext_Write() =>
        _context.Context.ToDocument(_contextOrder).ToAttributeMap(DynamoDBEntryConversion.V2);
}
