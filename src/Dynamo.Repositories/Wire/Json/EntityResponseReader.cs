using System.Buffers;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// Reads the read responses (GetItem, Query and Scan pages, BatchGetItem) with their items materialized straight from
/// the JSON by a materializer, no attribute map in between; the other members as <see cref="WireResponseReader"/>
/// reads them (keys, capacity). The body is copied once into a pooled buffer, which the materializers index.
/// </summary>
internal static class EntityResponseReader
{
    /// <summary>Reads a GetItem response; an item absent, null or without attributes is not found.</summary>
    public static FoundItem<TItem> ReadGetItem<TItem>(ReadOnlySpan<byte> json, IItemMaterializer<TItem> materializer)
    {
        var buffer = Copy(json, out var body);
        try
        {
            var reader = Start(body.Span);
            var found = false;
            TItem? item = default;
            ConsumedCapacity? capacity = null;
            while (JsonReading.NextProperty(ref reader))
            {
                if (JsonReading.Member(ref reader, "Item"u8))
                {
                    if (reader.TokenType != JsonTokenType.Null && HasMembers(ref reader))
                    {
                        item = materializer.FromJson(ref reader, body);
                        found = true;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
                {
                    capacity = CapacityJsonReader.ReadConsumed(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            return new(found, item, capacity);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a Query or Scan page.</summary>
    public static ItemPage<TItem> ReadPage<TItem>(ReadOnlySpan<byte> json, IItemMaterializer<TItem> materializer)
    {
        var buffer = Copy(json, out var body);
        try
        {
            var reader = Start(body.Span);
            var items = new List<TItem>();
            int? count = null;
            int? scanned = null;
            Dictionary<string, AttributeValue>? lastKey = null;
            ConsumedCapacity? capacity = null;
            while (JsonReading.NextProperty(ref reader))
            {
                if (JsonReading.Member(ref reader, "Items"u8))
                {
                    ReadItems(ref reader, body, materializer, items);
                }
                else if (JsonReading.Member(ref reader, "Count"u8))
                {
                    count = JsonReading.GetInt32(ref reader);
                    items.Capacity = Math.Max(items.Capacity, count ?? 0); // DynamoDB sends the count first: the list is sized once
                }
                else if (JsonReading.Member(ref reader, "ScannedCount"u8))
                {
                    scanned = JsonReading.GetInt32(ref reader);
                }
                else if (JsonReading.Member(ref reader, "LastEvaluatedKey"u8))
                {
                    lastKey = AttributeValueJsonReader.ReadItem(ref reader);
                }
                else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
                {
                    capacity = CapacityJsonReader.ReadConsumed(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            return new(items, count, scanned, lastKey, capacity);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a BatchGetItem response: the items of every table, then the keys left.</summary>
    public static ItemBatch<TItem> ReadBatchGetItem<TItem>(ReadOnlySpan<byte> json, IItemMaterializer<TItem> materializer)
    {
        var buffer = Copy(json, out var body);
        try
        {
            var reader = Start(body.Span);
            var items = new List<TItem>();
            Dictionary<string, KeysAndAttributes>? unprocessed = null;
            List<ConsumedCapacity>? capacity = null;
            while (JsonReading.NextProperty(ref reader))
            {
                if (JsonReading.Member(ref reader, "Responses"u8))
                {
                    ReadTables(ref reader, body, materializer, items);
                }
                else if (JsonReading.Member(ref reader, "UnprocessedKeys"u8))
                {
                    unprocessed = JsonReading.ReadMap(ref reader, BatchItemsJsonReader.ReadKeysAndAttributes);
                }
                else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
                {
                    capacity = CapacityJsonReader.ReadConsumedList(ref reader);
                }
                else
                {
                    reader.Skip();
                }
            }

            return new(items, unprocessed, capacity);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void ReadTables<TItem>(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, IItemMaterializer<TItem> materializer, List<TItem> items)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        JsonReading.ExpectStartObject(ref reader);
        while (JsonReading.NextProperty(ref reader))
        {
            reader.Read();
            ReadItems(ref reader, body, materializer, items);
        }
    }

    private static void ReadItems<TItem>(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, IItemMaterializer<TItem> materializer, List<TItem> items)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return;
        }

        JsonReading.ExpectStartArray(ref reader);
        while (JsonReading.NextElement(ref reader))
        {
            items.Add(materializer.FromJson(ref reader, body));
        }
    }

    // Whether the object the reader is on has a member (an empty item is no item), on a copy of the reader.
    private static bool HasMembers(ref Utf8JsonReader reader)
    {
        JsonReading.ExpectStartObject(ref reader);
        var probe = reader;
        return probe.Read() && probe.TokenType == JsonTokenType.PropertyName;
    }

    private static byte[] Copy(ReadOnlySpan<byte> json, out ReadOnlyMemory<byte> body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(json.Length, 2));
        if (json.IsEmpty)
        {
            "{}"u8.CopyTo(buffer); // an empty body reads as an empty object, as the plain readers read it
            body = buffer.AsMemory(0, 2);
        }
        else
        {
            json.CopyTo(buffer);
            body = buffer.AsMemory(0, json.Length);
        }

        return buffer;
    }

    private static Utf8JsonReader Start(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        JsonReading.ReadStartObject(ref reader);
        return reader;
    }
}
