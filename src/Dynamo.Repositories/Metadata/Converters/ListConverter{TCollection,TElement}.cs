using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// Lists, arrays and the read-only/collection interfaces as L. Null elements are stored as NULL and read back as null;
/// an empty collection is stored as an empty L and read back empty. Reads create a List (or an array for arrays).
/// </summary>
/// <typeparam name="TCollection">The property type (T[], List, IList, ICollection, IEnumerable, IReadOnlyList or IReadOnlyCollection).</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
internal sealed class ListConverter<TCollection, TElement>(AttributeConverter<TElement> element) : AttributeConverter<TCollection>
    where TCollection : IEnumerable<TElement>
{
    private static readonly bool IsArray = typeof(TCollection) == typeof(TElement[]);

    private readonly bool _strings = element is StringConverter;

    /// <inheritdoc/>
    public override IAttributeConverter? ElementConverter => element;

    /// <inheritdoc/>
    public override AttributeValue Write(TCollection value)
    {
        List<AttributeValue> list;
        if (_strings && value is List<string> strings)
        {
            // Lists of strings with the built-in converter: each element is its own S value, no converter call.
            list = new List<AttributeValue>(strings.Count);
            foreach (var text in strings)
            {
                list.Add(text is null ? AttributeValues.Null : new AttributeValue { S = text });
            }
        }
        else if (value is List<TElement> source)
        {
            list = new List<AttributeValue>(source.Count);
            foreach (var item in source)
            {
                list.Add(WriteElement(item));
            }
        }
        else if (value is TElement[] array)
        {
            list = new List<AttributeValue>(array.Length);
            foreach (var item in array)
            {
                list.Add(WriteElement(item));
            }
        }
        else
        {
            list = value.TryGetNonEnumeratedCount(out var count) ? new List<AttributeValue>(count) : [];
            foreach (var item in value)
            {
                list.Add(WriteElement(item));
            }
        }

        return new AttributeValue { L = list };
    }

    /// <inheritdoc/>
    public override TCollection Read(AttributeValue value)
    {
        var stored = value.L ?? throw AttributeValues.WrongType("L", typeof(TCollection));
        var result = new List<TElement>(stored.Count);
        foreach (var item in stored)
        {
            result.Add(item is null || AttributeValues.IsNull(item) ? default! : element.Read(item));
        }

        return IsArray ? (TCollection)(object)result.ToArray() : (TCollection)(object)result;
    }

    private AttributeValue WriteElement(TElement item) =>
        item is null ? AttributeValues.Null : element.Write(item) ?? AttributeValues.Null;
}
