using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// String-keyed dictionaries as M. Null values are stored as NULL and read back as null; an empty dictionary is stored
/// as an empty M. Reads create a Dictionary with ordinal keys.
/// </summary>
/// <typeparam name="TDictionary">The property type (Dictionary, IDictionary or IReadOnlyDictionary with string keys).</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class DictionaryConverter<TDictionary, TValue>(AttributeConverter<TValue> element) : AttributeConverter<TDictionary>
    where TDictionary : IEnumerable<KeyValuePair<string, TValue>>
{
    /// <inheritdoc/>
    public override IAttributeConverter? ElementConverter => element;

    /// <inheritdoc/>
    public override AttributeValue Write(TDictionary value)
    {
        var map = new Dictionary<string, AttributeValue>(value.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        foreach (var (key, item) in value)
        {
            map.Add(key, item is null ? AttributeValues.Null : element.Write(item) ?? AttributeValues.Null);
        }

        return new AttributeValue { M = map };
    }

    /// <inheritdoc/>
    public override TDictionary Read(AttributeValue value)
    {
        var stored = value.M ?? throw AttributeValues.WrongType("M", typeof(TDictionary));
        var result = new Dictionary<string, TValue>(stored.Count, StringComparer.Ordinal);
        foreach (var (key, item) in stored)
        {
            result.Add(key, item is null || AttributeValues.IsNull(item) ? default! : element.Read(item));
        }

        return (TDictionary)(object)result;
    }
}
