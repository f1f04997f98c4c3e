using Amazon.DynamoDBv2.Model;
using Bogus;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Random attribute value trees of every type and depth (fixed seed): strings with quotes, escapes, control characters
/// and non-ASCII text, numbers as odd text, binaries in exposable and hidden buffers, sets, empty and unset lists and
/// maps, and now and then a value with two members set.
/// </summary>
internal sealed class AttributeValueFaker(int seed)
{
    private static readonly string[] OddStrings = ["", " ", "\"quoted\"", "back\\slash", "line\nbreak\ttab", "\u0001\u001f", "é ü 中文 🚀", "</script>", "\u2028\u2029"];
    private static readonly string[] OddNumbers = ["0", "-0", "1E+3", "-12.50", "0.000000000000000000000000000000000001", "123456789012345678901234567890123456789", "9.9999999999999999999999999999999999999E+125"];

    private readonly Faker _faker = new() { Random = new Randomizer(seed) };

    public Faker Faker => _faker;

    /// <summary>A map of attribute values, as an item or a key.</summary>
    public Dictionary<string, AttributeValue> Item(int depth = 3, int maxAttributes = 8)
    {
        var item = new Dictionary<string, AttributeValue>();
        var count = _faker.Random.Int(1, maxAttributes);
        for (var i = 0; i < count; i++)
        {
            item[Name() + i] = Value(depth);
        }

        return item;
    }

    /// <summary>An attribute name: mostly plain, sometimes with characters JSON must escape.</summary>
    public string Name() => _faker.Random.Int(0, 9) == 0 ? _faker.PickRandom(OddStrings) : _faker.Database.Column();

    /// <summary>One attribute value of a random type; maps and lists only while depth remains.</summary>
    public AttributeValue Value(int depth)
    {
        var kind = _faker.Random.Int(0, depth > 0 ? 13 : 8);
        return kind switch
        {
            0 => new AttributeValue { S = Text() },
            1 => new AttributeValue { N = Number() },
            2 => new AttributeValue { B = Binary() },
            3 => new AttributeValue { BOOL = _faker.Random.Bool() },
            4 => new AttributeValue { NULL = true },
            5 => new AttributeValue { SS = Many(Text) },
            6 => new AttributeValue { NS = Many(Number) },
            7 => new AttributeValue { BS = Many(Binary) },
            8 => new AttributeValue { S = Text(), N = Number() },
            9 => new AttributeValue { L = Many(() => Value(depth - 1)) },
            10 => new AttributeValue { M = Item(depth - 1, 4) },
            11 => new AttributeValue { L = [] },
            12 => new AttributeValue { M = [] },
            _ => new AttributeValue { L = [Value(depth - 1)], M = new Dictionary<string, AttributeValue> { ["m"] = Value(depth - 1) } },
        };
    }

    public string Text() => _faker.Random.Int(0, 3) == 0 ? _faker.PickRandom(OddStrings) : _faker.Lorem.Sentence();

    public string Number() => _faker.Random.Int(0, 2) == 0 ? _faker.PickRandom(OddNumbers) : _faker.Random.Decimal(-1_000_000, 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public MemoryStream Binary()
    {
        var bytes = _faker.Random.Bytes(_faker.Random.Int(0, 40));
        switch (_faker.Random.Int(0, 2))
        {
            case 0:
                // Buffer not exposable: the writer must copy it.
                return new MemoryStream(bytes);
            case 1:
                // Exposable buffer, positioned at its end: the whole content is still sent.
                var written = new MemoryStream();
                written.Write(bytes);
                return written;
            default:
                return new MemoryStream(bytes, 0, bytes.Length, writable: true, publiclyVisible: true);
        }
    }

    private List<T> Many<T>(Func<T> make)
    {
        var count = _faker.Random.Int(1, 4);
        var list = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(make());
        }

        return list;
    }
}
