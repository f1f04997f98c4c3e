using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// A nested class as M, through its own compiled writer and reader. It is registered before its members are mapped, so
/// a class that contains itself (a tree) maps too; its delegates are set once, at start-up.
/// </summary>
/// <typeparam name="T">The nested class.</typeparam>
internal sealed class ObjectConverter<T> : AttributeConverter<T>, INestedConverter
    where T : class
{
    private ObjectMetadata? _metadata;
    private ItemWriter<T>? _write;
    private Func<Dictionary<string, AttributeValue>, T>? _read;

    /// <inheritdoc/>
    public ObjectMetadata Metadata => _metadata ?? throw new InvalidOperationException($"The mapping of {typeof(T).Name} is not built yet.");

    /// <inheritdoc/>
    public override AttributeValue Write(T value) =>
        new() { M = (_write ?? throw new InvalidOperationException($"The mapping of {typeof(T).Name} is not built yet."))(value, out _) };

    /// <inheritdoc/>
    public override T Read(AttributeValue value) =>
        (_read ?? throw new InvalidOperationException($"The mapping of {typeof(T).Name} is not built yet."))(
            value.M ?? throw AttributeValues.WrongType("M", typeof(T)));

    /// <summary>Sets the metadata and compiled delegates once the members are mapped.</summary>
    public void Initialize(ObjectMetadata metadata, ItemWriter<T> write, Func<Dictionary<string, AttributeValue>, T> read)
    {
        _metadata = metadata;
        _write = write;
        _read = read;
    }
}
