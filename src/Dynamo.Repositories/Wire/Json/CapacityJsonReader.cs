using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>Reads <see cref="ConsumedCapacity"/> (table, index and vector index figures) as the SDK's unmarshaller does.</summary>
internal static class CapacityJsonReader
{
    /// <summary>Reads one consumed capacity; JSON null gives null.</summary>
    public static ConsumedCapacity? ReadConsumed(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonReading.ExpectStartObject(ref reader);
        var consumed = new ConsumedCapacity();
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "TableName"u8))
            {
                consumed.TableName = JsonReading.GetText(ref reader);
            }
            else if (JsonReading.Member(ref reader, "CapacityUnits"u8))
            {
                consumed.CapacityUnits = JsonReading.GetDouble(ref reader);
            }
            else if (JsonReading.Member(ref reader, "ReadCapacityUnits"u8))
            {
                consumed.ReadCapacityUnits = JsonReading.GetDouble(ref reader);
            }
            else if (JsonReading.Member(ref reader, "WriteCapacityUnits"u8))
            {
                consumed.WriteCapacityUnits = JsonReading.GetDouble(ref reader);
            }
            else if (JsonReading.Member(ref reader, "Table"u8))
            {
                consumed.Table = ReadCapacity(ref reader);
            }
            else if (JsonReading.Member(ref reader, "GlobalSecondaryIndexes"u8))
            {
                consumed.GlobalSecondaryIndexes = JsonReading.ReadMap(ref reader, ReadCapacity);
            }
            else if (JsonReading.Member(ref reader, "LocalSecondaryIndexes"u8))
            {
                consumed.LocalSecondaryIndexes = JsonReading.ReadMap(ref reader, ReadCapacity);
            }
            else if (JsonReading.Member(ref reader, "VectorIndexes"u8))
            {
                consumed.VectorIndexes = JsonReading.ReadMap(ref reader, ReadVectorCapacity);
            }
            else
            {
                reader.Skip();
            }
        }

        return consumed;
    }

    /// <summary>Reads the consumed capacities of a multi-table operation (one per table).</summary>
    public static List<ConsumedCapacity>? ReadConsumedList(ref Utf8JsonReader reader) => JsonReading.ReadList<ConsumedCapacity>(ref reader, ReadConsumed!);

    private static Capacity ReadCapacity(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        JsonReading.ExpectStartObject(ref reader);
        var capacity = new Capacity();
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "CapacityUnits"u8))
            {
                capacity.CapacityUnits = JsonReading.GetDouble(ref reader);
            }
            else if (JsonReading.Member(ref reader, "ReadCapacityUnits"u8))
            {
                capacity.ReadCapacityUnits = JsonReading.GetDouble(ref reader);
            }
            else if (JsonReading.Member(ref reader, "WriteCapacityUnits"u8))
            {
                capacity.WriteCapacityUnits = JsonReading.GetDouble(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return capacity;
    }

    private static VectorCapacity ReadVectorCapacity(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        JsonReading.ExpectStartObject(ref reader);
        var capacity = new VectorCapacity();
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "VectorSearchRequestBytes"u8))
            {
                capacity.VectorSearchRequestBytes = JsonReading.GetDouble(ref reader);
            }
            else if (JsonReading.Member(ref reader, "VectorWriteRequestBytes"u8))
            {
                capacity.VectorWriteRequestBytes = JsonReading.GetDouble(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return capacity;
    }
}
