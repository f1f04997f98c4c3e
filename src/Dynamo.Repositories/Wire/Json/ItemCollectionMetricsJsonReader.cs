using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>Reads <see cref="ItemCollectionMetrics"/> (tables with a local secondary index) as the SDK's unmarshaller does.</summary>
internal static class ItemCollectionMetricsJsonReader
{
    /// <summary>Reads the metrics of one item collection; JSON null gives null.</summary>
    public static ItemCollectionMetrics? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonReading.ExpectStartObject(ref reader);
        var metrics = new ItemCollectionMetrics();
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "ItemCollectionKey"u8))
            {
                metrics.ItemCollectionKey = AttributeValueJsonReader.ReadItem(ref reader);
            }
            else if (JsonReading.Member(ref reader, "SizeEstimateRangeGB"u8))
            {
                metrics.SizeEstimateRangeGB = JsonReading.ReadList(ref reader, ReadEstimate);
            }
            else
            {
                reader.Skip();
            }
        }

        return metrics;
    }

    /// <summary>Reads the metrics of a multi-table write: per table, one entry per item collection touched.</summary>
    public static Dictionary<string, List<ItemCollectionMetrics>>? ReadPerTable(ref Utf8JsonReader reader) =>
        JsonReading.ReadMap(ref reader, ReadList);

    private static List<ItemCollectionMetrics> ReadList(ref Utf8JsonReader reader) => JsonReading.ReadList(ref reader, Read!)!;

    private static double ReadEstimate(ref Utf8JsonReader reader) => JsonReading.GetDouble(ref reader) ?? 0;
}
