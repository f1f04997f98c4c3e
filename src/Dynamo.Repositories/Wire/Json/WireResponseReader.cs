using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// Reads the body of a DynamoDB 200 response (AWS JSON 1.0) straight into the SDK's response objects, member for member
/// as the SDK's unmarshallers would (same null and empty conventions), so the code after the executor sees no
/// difference; unknown members are skipped. Error bodies are the transport's: it unmarshals them with the SDK.
/// The HTTP-level members (<c>ResponseMetadata</c>, <c>HttpStatusCode</c>, <c>ContentLength</c>) are the transport's too.
/// </summary>
internal static partial class WireResponseReader
{
    /// <summary>Reads a GetItem response.</summary>
    public static GetItemResponse ReadGetItem(ReadOnlySpan<byte> json)
    {
        var response = new GetItemResponse();
        var reader = Start(json);
        while (JsonReading.NextProperty(ref reader))
        {
            if (JsonReading.Member(ref reader, "Item"u8))
            {
                var present = reader.TokenType != JsonTokenType.Null;
                response.Item = AttributeValueJsonReader.ReadItem(ref reader);
                if (present && response.Item!.Count == 0)
                {
                    // An item present but empty stays "set", as the SDK's unmarshaller leaves it.
                    response.IsItemSet = true;
                }
            }
            else if (JsonReading.Member(ref reader, "ConsumedCapacity"u8))
            {
                response.ConsumedCapacity = CapacityJsonReader.ReadConsumed(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return response;
    }

    // An empty body reads as an empty object; anything else must be one.
    private static Utf8JsonReader Start(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json.IsEmpty ? "{}"u8 : json);
        JsonReading.ReadStartObject(ref reader);
        return reader;
    }
}
