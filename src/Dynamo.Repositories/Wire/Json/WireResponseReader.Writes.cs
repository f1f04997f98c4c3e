using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>The single-item writes: PutItem, UpdateItem, DeleteItem (old or new attributes, capacity, collection metrics).</summary>
internal static partial class WireResponseReader
{
    private static readonly ItemWriteMembers<PutItemResponse> PutMembers =
        new((r, v) => r.Attributes = v, (r, v) => r.ConsumedCapacity = v, (r, v) => r.ItemCollectionMetrics = v);

    private static readonly ItemWriteMembers<UpdateItemResponse> UpdateMembers =
        new((r, v) => r.Attributes = v, (r, v) => r.ConsumedCapacity = v, (r, v) => r.ItemCollectionMetrics = v);

    private static readonly ItemWriteMembers<DeleteItemResponse> DeleteMembers =
        new((r, v) => r.Attributes = v, (r, v) => r.ConsumedCapacity = v, (r, v) => r.ItemCollectionMetrics = v);

    /// <summary>Reads a PutItem response.</summary>
    public static PutItemResponse ReadPutItem(ReadOnlySpan<byte> json) => ReadItemWrite(json, new PutItemResponse(), PutMembers);

    /// <summary>Reads an UpdateItem response.</summary>
    public static UpdateItemResponse ReadUpdateItem(ReadOnlySpan<byte> json) => ReadItemWrite(json, new UpdateItemResponse(), UpdateMembers);

    /// <summary>Reads a DeleteItem response.</summary>
    public static DeleteItemResponse ReadDeleteItem(ReadOnlySpan<byte> json) => ReadItemWrite(json, new DeleteItemResponse(), DeleteMembers);

    private static TResponse ReadItemWrite<TResponse>(ReadOnlySpan<byte> json, TResponse response, ItemWriteMembers<TResponse> members)
    {
        var reader = Start(json);
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "Attributes"u8))
            {
                members.Attributes(response, AttributeValueJsonReader.ReadItem(ref reader));
            }
            else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
            {
                members.ConsumedCapacity(response, CapacityJsonReader.ReadConsumed(ref reader));
            }
            else if (JsonReading.Member(ref reader, "ItemCollectionMetrics"u8))
            {
                members.ItemCollectionMetrics(response, ItemCollectionMetricsJsonReader.Read(ref reader));
            }
            else
            {
                reader.Skip();
            }
        }

        return response;
    }
}
