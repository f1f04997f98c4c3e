using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>byte[] as B; the bytes are copied so that later changes to the entity's array do not reach a staged item.</summary>
internal sealed class ByteArrayConverter : AttributeConverter<byte[]>
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => ScalarAttributeType.B;

    /// <inheritdoc/>
    public override AttributeValue Write(byte[] value) => new() { B = ToStream(value) };

    /// <inheritdoc/>
    public override byte[] Read(AttributeValue value) =>
        (value.B ?? throw AttributeValues.WrongType("B", typeof(byte[]))).ToArray();

    /// <summary>Copies bytes into a read-only stream, as the SDK stores binary values.</summary>
    public static MemoryStream ToStream(byte[] value) => new((byte[])value.Clone(), writable: false);
}
