using System.Buffers;
using System.Text.Json;
using Bogus;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Random 200 response bodies of the nine operations (fixed seed): every member present or not, capacities with table,
/// index and vector figures, item collection metrics, unprocessed keys and writes, JSON nulls now and then, and unknown
/// members a newer DynamoDB might add.
/// </summary>
internal sealed class ResponseJsonFaker(int seed)
{
    private readonly AttributeValueFaker _values = new(seed);

    private Faker F => _values.Faker;

    public byte[] Get() => Body(w =>
    {
        Maybe(w, "Item", () => Item(w));
        Maybe(w, "ConsumedCapacity", () => Consumed(w));
    });

    public byte[] Page() => Body(w =>
    {
        Maybe(w, "Items", () => Array(w, () => Item(w)));
        Maybe(w, "Count", () => w.WriteNumberValue(F.Random.Int(0, 100)));
        Maybe(w, "ScannedCount", () => w.WriteNumberValue(F.Random.Int(0, 100)));
        Maybe(w, "LastEvaluatedKey", () => Item(w));
        Maybe(w, "ConsumedCapacity", () => Consumed(w));
    });

    public byte[] ItemWrite() => Body(w =>
    {
        Maybe(w, "Attributes", () => Item(w));
        Maybe(w, "ConsumedCapacity", () => Consumed(w));
        Maybe(w, "ItemCollectionMetrics", () => Metrics(w));
    });

    public byte[] BatchGet() => Body(w =>
    {
        Maybe(w, "Responses", () => Map(w, () => Array(w, () => Item(w))));
        Maybe(w, "UnprocessedKeys", () => Map(w, () => Object(w, () =>
        {
            Maybe(w, "Keys", () => Array(w, () => Item(w)));
            Maybe(w, "ProjectionExpression", () => w.WriteStringValue(_values.Text()));
            Maybe(w, "ExpressionAttributeNames", () => Map(w, () => w.WriteStringValue(_values.Text())));
            Maybe(w, "ConsistentRead", () => w.WriteBooleanValue(F.Random.Bool()));
            Maybe(w, "AttributesToGet", () => Array(w, () => w.WriteStringValue(_values.Name())));
        })));
        Maybe(w, "ConsumedCapacity", () => Array(w, () => Consumed(w)));
    });

    public byte[] BatchWrite() => Body(w =>
    {
        Maybe(w, "UnprocessedItems", () => Map(w, () => Array(w, () => Object(w, () =>
        {
            Maybe(w, "PutRequest", () => Object(w, () => Maybe(w, "Item", () => Item(w))));
            Maybe(w, "DeleteRequest", () => Object(w, () => Maybe(w, "Key", () => Item(w))));
        }))));
        Maybe(w, "ItemCollectionMetrics", () => Map(w, () => Array(w, () => Metrics(w))));
        Maybe(w, "ConsumedCapacity", () => Array(w, () => Consumed(w)));
    });

    public byte[] TransactWrite() => Body(w =>
    {
        Maybe(w, "ItemCollectionMetrics", () => Map(w, () => Array(w, () => Metrics(w))));
        Maybe(w, "ConsumedCapacity", () => Array(w, () => Consumed(w)));
    });

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private byte[] Body(Action<Utf8JsonWriter> members) => Write(w => Object(w, () => members(w)));

    private void Item(Utf8JsonWriter w)
    {
        if (F.Random.Int(0, 14) == 0)
        {
            w.WriteStartObject();
            w.WriteEndObject();
        }
        else
        {
            AttributeValueJsonWriter.WriteItem(w, _values.Item(3));
        }
    }

    private void Consumed(Utf8JsonWriter w) => Object(w, () =>
    {
        Maybe(w, "TableName", () => w.WriteStringValue(_values.Name()));
        Capacity(w);
        Maybe(w, "Table", () => Object(w, () => Capacity(w)));
        Maybe(w, "GlobalSecondaryIndexes", () => Map(w, () => Object(w, () => Capacity(w))));
        Maybe(w, "LocalSecondaryIndexes", () => Map(w, () => Object(w, () => Capacity(w))));
        Maybe(w, "VectorIndexes", () => Map(w, () => Object(w, () =>
        {
            Maybe(w, "VectorSearchRequestBytes", () => w.WriteNumberValue(F.Random.Int(0, 1 << 20)));
            Maybe(w, "VectorWriteRequestBytes", () => w.WriteNumberValue(F.Random.Int(0, 1 << 20)));
        })));
    });

    private void Capacity(Utf8JsonWriter w)
    {
        Maybe(w, "CapacityUnits", () => w.WriteNumberValue(F.Random.Int(0, 400) / 2.0));
        Maybe(w, "ReadCapacityUnits", () => w.WriteNumberValue(F.Random.Double(0, 100)));
        Maybe(w, "WriteCapacityUnits", () => w.WriteNumberValue(F.Random.Int(0, 100)));
    }

    private void Metrics(Utf8JsonWriter w) => Object(w, () =>
    {
        Maybe(w, "ItemCollectionKey", () => Item(w));
        Maybe(w, "SizeEstimateRangeGB", () => Array(w, () => w.WriteNumberValue(F.Random.Double(0, 10))));
    });

    // A member: present or not; when present, sometimes JSON null; now and then an unknown member next to it.
    private void Maybe(Utf8JsonWriter w, string name, Action value)
    {
        if (F.Random.Int(0, 9) == 0)
        {
            w.WritePropertyName("Unknown" + F.Random.AlphaNumeric(4));
            w.WriteStartObject();
            w.WriteStartArray("nested");
            w.WriteNumberValue(1);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        switch (F.Random.Int(0, 9))
        {
            case < 3:
                return;
            case 3:
                w.WriteNull(name);
                return;
            default:
                w.WritePropertyName(name);
                value();
                return;
        }
    }

    private void Object(Utf8JsonWriter w, Action members)
    {
        w.WriteStartObject();
        members();
        w.WriteEndObject();
    }

    private void Array(Utf8JsonWriter w, Action element)
    {
        w.WriteStartArray();
        var count = F.Random.Int(0, 3);
        for (var i = 0; i < count; i++)
        {
            element();
        }

        w.WriteEndArray();
    }

    private void Map(Utf8JsonWriter w, Action value)
    {
        w.WriteStartObject();
        var count = F.Random.Int(0, 3);
        for (var i = 0; i < count; i++)
        {
            w.WritePropertyName(_values.Name() + i);
            value();
        }

        w.WriteEndObject();
    }
}
