using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>Reads what a batch hands back: the unprocessed keys of a BatchGetItem and the unprocessed writes of a BatchWriteItem.</summary>
internal static class BatchItemsJsonReader
{
    /// <summary>Reads the keys (and read settings) of one table left unprocessed.</summary>
    public static KeysAndAttributes ReadKeysAndAttributes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        JsonReading.ExpectStartObject(ref reader);
        var keys = new KeysAndAttributes();
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "Keys"u8))
            {
                keys.Keys = AttributeValueJsonReader.ReadItems(ref reader);
            }
            else if (JsonReading.Member(ref reader, "ProjectionExpression"u8))
            {
                keys.ProjectionExpression = JsonReading.GetText(ref reader);
            }
            else if (JsonReading.Member(ref reader, "ExpressionAttributeNames"u8))
            {
                keys.ExpressionAttributeNames = JsonReading.ReadMap(ref reader, JsonReading.ReadString);
            }
            else if (JsonReading.Member(ref reader, "ConsistentRead"u8))
            {
                keys.ConsistentRead = JsonReading.GetBoolean(ref reader);
            }
            else if (JsonReading.Member(ref reader, "AttributesToGet"u8))
            {
                keys.AttributesToGet = AttributeValueJsonReader.ReadTexts(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return keys;
    }

    /// <summary>Reads the writes of one table left unprocessed.</summary>
    public static List<WriteRequest> ReadWriteRequests(ref Utf8JsonReader reader) => JsonReading.ReadList(ref reader, ReadWriteRequest)!;

    private static WriteRequest ReadWriteRequest(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        JsonReading.ExpectStartObject(ref reader);
        var write = new WriteRequest();
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "PutRequest"u8))
            {
                write.PutRequest = ReadPut(ref reader);
            }
            else if (JsonReading.Member(ref reader, "DeleteRequest"u8))
            {
                write.DeleteRequest = ReadDelete(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return write;
    }

    private static PutRequest? ReadPut(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonReading.ExpectStartObject(ref reader);
        var put = new PutRequest();
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "Item"u8))
            {
                put.Item = AttributeValueJsonReader.ReadItem(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return put;
    }

    private static DeleteRequest? ReadDelete(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        JsonReading.ExpectStartObject(ref reader);
        var delete = new DeleteRequest();
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "Key"u8))
            {
                delete.Key = AttributeValueJsonReader.ReadItem(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return delete;
    }
}
