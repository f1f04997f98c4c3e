using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>Query and Scan pages.</summary>
internal static partial class WireResponseReader
{
    private static readonly PageMembers<QueryResponse> QueryMembers = new(
        (r, v) => r.Items = v, (r, v) => r.Count = v, (r, v) => r.ScannedCount = v, (r, v) => r.LastEvaluatedKey = v, (r, v) => r.ConsumedCapacity = v);

    private static readonly PageMembers<ScanResponse> ScanMembers = new(
        (r, v) => r.Items = v, (r, v) => r.Count = v, (r, v) => r.ScannedCount = v, (r, v) => r.LastEvaluatedKey = v, (r, v) => r.ConsumedCapacity = v);

    /// <summary>Reads a Query page.</summary>
    public static QueryResponse ReadQuery(ReadOnlySpan<byte> json) => ReadPage(json, new QueryResponse(), QueryMembers);

    /// <summary>Reads a Scan page.</summary>
    public static ScanResponse ReadScan(ReadOnlySpan<byte> json) => ReadPage(json, new ScanResponse(), ScanMembers);

    private static TResponse ReadPage<TResponse>(ReadOnlySpan<byte> json, TResponse response, PageMembers<TResponse> members)
    {
        var reader = Start(json);
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "Items"u8))
            {
                members.Items(response, AttributeValueJsonReader.ReadItems(ref reader));
            }
            else if (JsonReading.Member(ref reader, "Count"u8))
            {
                members.Count(response, JsonReading.GetInt32(ref reader));
            }
            else if (JsonReading.Member(ref reader, "ScannedCount"u8))
            {
                members.ScannedCount(response, JsonReading.GetInt32(ref reader));
            }
            else if (JsonReading.Member(ref reader, "LastEvaluatedKey"u8))
            {
                members.LastEvaluatedKey(response, AttributeValueJsonReader.ReadItem(ref reader));
            }
            else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
            {
                members.ConsumedCapacity(response, CapacityJsonReader.ReadConsumed(ref reader));
            }
            else
            {
                reader.Skip();
            }
        }

        return response;
    }
}
