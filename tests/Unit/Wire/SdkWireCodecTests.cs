using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime.Internal;
using Dynamo.Repositories.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

public sealed class SdkWireCodecTests
{
    [Fact]
    public void Write_WritesTheSdkMarshallersBody()
    {
        var request = new PutItemRequest
        {
            TableName = "orders",
            Item = new() { ["pk"] = new AttributeValue { S = "c-1" }, ["n"] = new AttributeValue { N = "1" } },
            ConditionExpression = "attribute_not_exists(pk)",
        };
        using var body = new PooledBufferWriter(16);

        using (var writer = new Utf8JsonWriter(body))
        {
            SdkWireCodec.Write(writer, request);
        }

        Assert.Equal(Body(PutItemRequestMarshaller.Instance.Marshall(request)), body.WrittenMemory.ToArray());
    }

    /// <summary>The body an SDK marshaller wrote (into its pooled content stream, or its content array).</summary>
    internal static byte[] Body(IRequest marshalled)
    {
        if (marshalled.ContentStream is not { } stream)
        {
            return marshalled.Content;
        }

        using var copy = new MemoryStream();
        stream.Position = 0;
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
