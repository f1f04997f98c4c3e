using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Wire;
using Dynamo.Repositories.Wire.Json;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping.Json;

/// <summary>
/// Checks that an entity read straight from an item's DynamoDB JSON is the entity read from its attribute map
/// (<c>FromItem</c>), member by member as stored, or that both reads fail with the same error.
/// </summary>
internal static class JsonEquivalence
{
    public static T? Check<T>(EntityMetadata<T> metadata, EntityJsonReader<T> json, Dictionary<string, AttributeValue> item)
        where T : class
    {
        var bytes = Json(item);
        T? expected = null;
        Exception? expectedError = null;
        try
        {
            expected = metadata.FromItem(item);
        }
        catch (Exception exception)
        {
            expectedError = exception;
        }

        T? actual = null;
        Exception? actualError = null;
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        try
        {
            actual = json.Read(ref reader, bytes);
        }
        catch (Exception exception)
        {
            actualError = exception;
        }

        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (expectedError is not null)
        {
            Assert.True(actualError is not null, $"FromItem failed ({expectedError.Message}) but the JSON reader did not, on {text}");
            Assert.Equal(expectedError.GetType(), actualError!.GetType());
            Assert.Equal(expectedError.Message, actualError.Message);
            Assert.Equal((expectedError as EntityMappingException)?.PropertyName, (actualError as EntityMappingException)?.PropertyName);
            return null;
        }

        Assert.True(actualError is null, $"The JSON reader failed ({actualError?.Message}) but FromItem did not, on {text}");
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.Equal(bytes.Length, reader.BytesConsumed);
        Assert.Equal(Stored(metadata.Properties, expected!), Stored(metadata.Properties, actual!));
        return actual;
    }

    /// <summary>The item as DynamoDB JSON, as the wire path receives it.</summary>
    public static byte[] Json(Dictionary<string, AttributeValue> item)
    {
        using var buffer = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            AttributeValueJsonWriter.WriteItem(writer, item);
        }

        return buffer.WrittenMemory.ToArray();
    }

    /// <summary>Every mapped member of an entity as its converter stores it (nested values, collections and wrappers included), as JSON text.</summary>
    private static string Stored(IReadOnlyList<PropertyMetadata> properties, object entity)
    {
        var stored = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            try
            {
                if (property.ToAttributeValue(property.GetValue(entity)) is { } value)
                {
                    stored[property.AttributeName] = value;
                }
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                // A member left as constructed that cannot be written (an uninitialized Vogen id): compared as that failure.
                stored[property.AttributeName] = new AttributeValue { S = "unwritable: " + exception.GetType().Name };
            }
        }

        return System.Text.Encoding.UTF8.GetString(Json(stored));
    }
}
