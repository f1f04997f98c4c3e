using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// Sets as SS, NS or BS, chosen by the element's scalar type (strings, Guids, enums and dates as SS; numbers as NS;
/// byte[] as BS). DynamoDB cannot store an empty set, so an empty set is written as no attribute, and a missing
/// attribute is read back as an empty set (a null set therefore also reads back empty). Sets cannot hold null.
/// </summary>
/// <typeparam name="TSet">The property type (HashSet, ISet or IReadOnlySet).</typeparam>
/// <typeparam name="TElement">The element type.</typeparam>
internal sealed class SetConverter<TSet, TElement>(AttributeConverter<TElement> element) : AttributeConverter<TSet>
    where TSet : IEnumerable<TElement>
{
    private readonly ScalarAttributeType _scalar = element.KeyType
        ?? throw new ArgumentException($"{typeof(TElement).Name} cannot be a set element: it has no scalar DynamoDB type.", nameof(element));

    private readonly bool _strings = element is StringConverter;

    /// <inheritdoc/>
    public override IAttributeConverter? ElementConverter => element;

    /// <inheritdoc/>
    public override bool HasValueWhenMissing => true;

    /// <inheritdoc/>
    public override AttributeValue? Write(TSet value)
    {
        if (_strings && value is HashSet<string> stringSet)
        {
            // Sets of strings with the built-in converter, the common case: checked once, copied once.
            return stringSet.Count == 0 ? null : new AttributeValue { SS = WriteStrings(stringSet, stringSet.Count) };
        }

        var count = value.TryGetNonEnumeratedCount(out var known) ? known : value.Count();
        if (count == 0)
        {
            return null;
        }

        if (_scalar == ScalarAttributeType.B)
        {
            var binary = new List<MemoryStream>(count);
            foreach (var item in value)
            {
                binary.Add(WriteElement(item).B);
            }

            return new AttributeValue { BS = binary };
        }

        if (_strings && value is IEnumerable<string> strings)
        {
            // Strings are written as themselves: no AttributeValue wrapper per element.
            return new AttributeValue { SS = WriteStrings(strings, count) };
        }

        var texts = new List<string>(count);
        foreach (var item in value)
        {
            var written = WriteElement(item);
            texts.Add(_scalar == ScalarAttributeType.N ? written.N : written.S);
        }

        return _scalar == ScalarAttributeType.N ? new AttributeValue { NS = texts } : new AttributeValue { SS = texts };
    }

    /// <inheritdoc/>
    public override TSet Read(AttributeValue value)
    {
        if (_scalar == ScalarAttributeType.B)
        {
            var binary = value.BS ?? throw AttributeValues.WrongType("BS", typeof(TSet));
            var result = new HashSet<TElement>(binary.Count);
            foreach (var item in binary)
            {
                result.Add(element.Read(new AttributeValue { B = item }));
            }

            return (TSet)(object)result;
        }

        if (_scalar == ScalarAttributeType.N)
        {
            var numbers = value.NS ?? throw AttributeValues.WrongType("NS", typeof(TSet));
            var result = new HashSet<TElement>(numbers.Count);
            foreach (var item in numbers)
            {
                result.Add(element.Read(new AttributeValue { N = item }));
            }

            return (TSet)(object)result;
        }

        var texts = value.SS ?? throw AttributeValues.WrongType("SS", typeof(TSet));
        if (_strings && typeof(TElement) == typeof(string))
        {
            // Strings read as themselves: no AttributeValue wrapper per element.
            var strings = new HashSet<string>(texts.Count);
            foreach (var item in texts)
            {
                strings.Add(item ?? throw AttributeValues.WrongType("S", typeof(string)));
            }

            return (TSet)(object)strings;
        }

        var elements = new HashSet<TElement>(texts.Count);
        foreach (var item in texts)
        {
            elements.Add(element.Read(new AttributeValue { S = item }));
        }

        return (TSet)(object)elements;
    }

    /// <inheritdoc/>
    public override TSet ValueWhenMissing() => (TSet)(object)new HashSet<TElement>();

    private static List<string> WriteStrings(IEnumerable<string> strings, int count)
    {
        var texts = new List<string>(count);
        if (strings is HashSet<string> hashSet)
        {
            // The struct enumerator of a HashSet: no boxed enumerator.
            foreach (var text in hashSet)
            {
                texts.Add(text ?? throw NullElement());
            }
        }
        else
        {
            foreach (var text in strings)
            {
                texts.Add(text ?? throw NullElement());
            }
        }

        return texts;
    }

    private static ArgumentException NullElement() =>
        new($"A set of {typeof(TElement).Name} cannot hold null: DynamoDB sets hold values only.", "item");

    private AttributeValue WriteElement(TElement item) =>
        (item is null ? null : element.Write(item)) ?? throw NullElement();
}
