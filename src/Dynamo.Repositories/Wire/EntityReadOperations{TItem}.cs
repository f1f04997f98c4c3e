using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The read operations of the wire path whose items a materializer makes straight from the response JSON: requests
/// written as <see cref="WireOperations"/> writes them, errors through the same SDK unmarshallers. Built once per
/// materializer (an entity type's is long-lived), so a read allocates no operation.
/// </summary>
/// <typeparam name="TItem">What each item becomes.</typeparam>
internal sealed class EntityReadOperations<TItem>
{
    private static readonly ConditionalWeakTable<IItemMaterializer<TItem>, EntityReadOperations<TItem>> Operations = [];

    private EntityReadOperations(IItemMaterializer<TItem> materializer)
    {
        GetItem = new("GetItem", WireRequestWriter.Write, json => EntityResponseReader.ReadGetItem(json, materializer), GetItemResponseUnmarshaller.Instance);
        Query = new("Query", WireRequestWriter.Write, json => EntityResponseReader.ReadPage(json, materializer), QueryResponseUnmarshaller.Instance);
        Scan = new("Scan", WireRequestWriter.Write, json => EntityResponseReader.ReadPage(json, materializer), ScanResponseUnmarshaller.Instance);
        BatchGetItem = new("BatchGetItem", WireRequestWriter.Write, json => EntityResponseReader.ReadBatchGetItem(json, materializer), BatchGetItemResponseUnmarshaller.Instance);
    }

    /// <summary>Gets GetItem.</summary>
    public WireOperation<GetItemRequest, FoundItem<TItem>> GetItem { get; }

    /// <summary>Gets Query.</summary>
    public WireOperation<QueryRequest, ItemPage<TItem>> Query { get; }

    /// <summary>Gets Scan.</summary>
    public WireOperation<ScanRequest, ItemPage<TItem>> Scan { get; }

    /// <summary>Gets BatchGetItem.</summary>
    public WireOperation<BatchGetItemRequest, ItemBatch<TItem>> BatchGetItem { get; }

    /// <summary>Gets the operations of a materializer.</summary>
    /// <param name="materializer">The materializer.</param>
    public static EntityReadOperations<TItem> For(IItemMaterializer<TItem> materializer) =>
        Operations.TryGetValue(materializer, out var operations) ? operations : Operations.GetValue(materializer, static m => new(m));
}
