using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.UnitTests.Mapping.Json;

/// <summary>
/// Random stored items of any mapped class (fixed seed), built from its metadata: every member gets a value its
/// converter writes (scalars, wrappers through their provider, nested maps, lists, sets and dictionaries of those),
/// and now and then none.
/// </summary>
internal sealed class ItemSynthesizer(int seed)
{
    private static readonly string[] OddStrings = ["", "\"quoted\"", "back\\slash", "line\nbreak\ttab", "\u0001", "é ü 中文 🚀", "\u2028"];

    private readonly Faker _faker = new() { Random = new Randomizer(seed) };

    public Faker Faker => _faker;

    public Dictionary<string, AttributeValue> Item(IReadOnlyList<PropertyMetadata> properties, int depth = 2)
    {
        var item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (_faker.Random.Int(0, 9) > 0 && Value(property.Converter, depth) is { } value)
            {
                item[property.AttributeName] = value;
            }
        }

        return item;
    }

    public AttributeValue? Value(IAttributeConverter converter, int depth)
    {
        if (converter is INullableConverter nullable)
        {
            return Value(nullable.Underlying, depth);
        }

        if (ConvertedConverters.Of(converter) is { } converted)
        {
            return Value(converted.Provider, depth);
        }

        if (converter is INestedConverter nested)
        {
            return depth <= 0 ? null : new AttributeValue { M = Item(nested.Metadata.Properties, depth - 1) };
        }

        if (converter.ElementConverter is { } element)
        {
            return Collection(converter, element, depth);
        }

        return Scalar(converter.ClrType) is { } sample ? Write(converter, sample) : null;
    }

    private AttributeValue? Collection(IAttributeConverter converter, IAttributeConverter element, int depth)
    {
        if (depth <= 0)
        {
            return null;
        }

        var values = Enumerable.Range(0, _faker.Random.Int(0, 3)).Select(_ => Value(element, depth - 1)).OfType<AttributeValue>().ToList();
        var kind = converter.GetType().Name;
        if (kind.StartsWith("Dictionary", StringComparison.Ordinal))
        {
            return new AttributeValue { M = values.Select((v, i) => ("k" + i.ToString(CultureInfo.InvariantCulture), v)).ToDictionary(p => p.Item1, p => p.v) };
        }

        if (!kind.StartsWith("Set", StringComparison.Ordinal))
        {
            return new AttributeValue { L = values };
        }

        return element.KeyType == ScalarAttributeType.N ? (values.Count == 0 ? null : new AttributeValue { NS = values.Select(v => v.N).Distinct().ToList() })
            : element.KeyType == ScalarAttributeType.B ? (values.Count == 0 ? null : new AttributeValue { BS = values.Select(v => v.B).ToList() })
            : values.Count == 0 ? null : new AttributeValue { SS = values.Select(v => v.S).Distinct().ToList() };
    }

    private static AttributeValue? Write(IAttributeConverter converter, object sample)
    {
        try
        {
            return converter.Write(sample);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private object? Scalar(Type type)
    {
        var f = _faker;
        return type switch
        {
            _ when type == typeof(string) => f.Random.Int(0, 4) == 0 ? f.PickRandom(OddStrings) : f.Lorem.Word(),
            _ when type == typeof(int) => f.Random.Int(),
            _ when type == typeof(long) => f.Random.Long(),
            _ when type == typeof(short) => f.Random.Short(),
            _ when type == typeof(byte) => f.Random.Byte(),
            _ when type == typeof(sbyte) => f.Random.SByte(),
            _ when type == typeof(uint) => f.Random.UInt(),
            _ when type == typeof(ulong) => f.Random.ULong(),
            _ when type == typeof(ushort) => f.Random.UShort(),
            _ when type == typeof(decimal) => Math.Round(f.Random.Decimal(-1000, 1000), f.Random.Int(0, 6)),
            _ when type == typeof(double) => f.Random.Double(-1e6, 1e6),
            _ when type == typeof(float) => f.Random.Float(-1000, 1000),
            _ when type == typeof(bool) => f.Random.Bool(),
            _ when type == typeof(Guid) => f.Random.Guid(),
            _ when type == typeof(DateTime) => f.Date.Between(new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2040, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            _ when type == typeof(DateTimeOffset) => new DateTimeOffset(f.Date.Past(10, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)), TimeSpan.Zero),
            _ when type == typeof(DateOnly) => DateOnly.FromDateTime(f.Date.Past(10, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc))),
            _ when type == typeof(TimeOnly) => TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(f.Random.Int(0, 86_399))),
            _ when type == typeof(TimeSpan) => TimeSpan.FromMilliseconds(f.Random.Long(-1_000_000_000, 1_000_000_000)),
            _ when type == typeof(byte[]) => f.Random.Bytes(f.Random.Int(0, 8)),
            _ when type.IsEnum => f.PickRandom(Enum.GetValues(type).Cast<object>().ToArray()),
            _ => null,
        };
    }
}
