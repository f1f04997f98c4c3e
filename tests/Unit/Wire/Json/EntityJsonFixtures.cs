using System.Buffers;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.Wire.Json;
using Dynamo.Repositories.Writes;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>Seeded entities with every member filled (or left null at random), and JSON helpers for the entity writer tests.</summary>
internal static class EntityJsonFixtures
{
    /// <summary>Wallets with a member of every kind: numbers, dates, Guid, enum, bytes, lists, a set, a map, a nested class, nulls.</summary>
    public static List<Wallet> Wallets(int count, int seed = 5) => new Faker<Wallet>()
        .UseSeed(seed)
        .RuleFor(w => w.Id, f => "w-" + f.Random.AlphaNumeric(8))
        .RuleFor(w => w.Owner, f => f.Name.FullName() + " \"ünï\" \u00e9\u4e2d")
        .RuleFor(w => w.Balance, f => f.Random.Decimal(-1000, 1000) / 7m)
        .RuleFor(w => w.Transfers, f => f.Random.Int())
        .RuleFor(w => w.Score, f => f.PickRandom(0d, 1e-120, -2.5e100, f.Random.Double() * 1e6, 1d / 3))
        .RuleFor(w => w.Active, f => f.Random.Bool())
        .RuleFor(w => w.ExternalId, f => f.Random.Guid())
        .RuleFor(w => w.OpenedAt, f => f.PickRandom(DateTimeKind.Utc, DateTimeKind.Unspecified) is var kind ? DateTime.SpecifyKind(f.Date.Past(5), kind) : default)
        .RuleFor(w => w.ClosedAt, f => f.Random.Bool() ? f.Date.RecentOffset(30) : null)
        .RuleFor(w => w.Tier, f => f.PickRandom<WalletTier>())
        .RuleFor(w => w.Secret, f => f.Random.Bool() ? f.Random.Bytes(f.Random.Int(1, 40)) : null)
        .RuleFor(w => w.Labels, f => [.. f.Make(f.Random.Int(0, 3), () => f.Lorem.Word())])
        .RuleFor(w => w.Tags, f => [f.Commerce.Department()])
        .RuleFor(w => w.Lucky, f => [.. f.Make(f.Random.Int(0, 4), () => f.Random.Int(1, 99))])
        .RuleFor(w => w.Limits, f => f.Make(f.Random.Int(0, 3), () => f.Lorem.Word()).Distinct().ToDictionary(w => w, _ => f.Random.Int(0, 500)))
        .RuleFor(w => w.Address, f => f.Random.Bool() ? new WalletAddress { Street = f.Address.StreetAddress(), City = f.Random.Bool() ? f.Address.City() : null } : null)
        .RuleFor(w => w.Payload, f => f.Random.Bool() ? f.Lorem.Sentence() : null)
        .RuleFor(w => w.Version, f => f.Random.Long(0, 50))
        .Generate(count);

    /// <summary>Ledger entries (partition and sort key, an index, nullable strings).</summary>
    public static List<LedgerEntry> Entries(int count, int seed = 13) => new Faker<LedgerEntry>()
        .UseSeed(seed)
        .RuleFor(e => e.WalletId, f => "w-" + f.Random.AlphaNumeric(5))
        .RuleFor(e => e.EntryId, f => "e-" + f.Random.AlphaNumeric(6))
        .RuleFor(e => e.Amount, f => f.Random.Decimal(0, 1000))
        .RuleFor(e => e.Category, f => f.Random.Bool() ? f.PickRandom("food", "rent", "fun") : null)
        .RuleFor(e => e.Note, f => f.Random.Bool() ? f.Lorem.Sentence() : null)
        .Generate(count);

    /// <summary>Writes an entity with its compiled JSON writer (as a Put's item) and hands back what the writer handed back.</summary>
    public static byte[] EntityJson<T>(EntityMetadata<T> metadata, T entity, out WrittenItem written, long? newVersion = null)
        where T : class
    {
        using var json = new CommitJson();
        var writer = json.Begin();
        writer.WriteStartObject();
        written = EntityJsonWriters<T>.For(metadata).Item(entity, writer, newVersion, out _);
        writer.WriteEndObject();
        return json.End().Span.ToArray();
    }

    /// <summary>Writes an item as the request writer writes items.</summary>
    public static byte[] ItemJson(Dictionary<string, AttributeValue> item) => Body(writer => AttributeValueJsonWriter.WriteItem(writer, item));

    /// <summary>Parses an item with the wire path's reader.</summary>
    public static Dictionary<string, AttributeValue> Parse(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return AttributeValueJsonReader.ReadItem(ref reader)!;
    }

    /// <summary>Writes a body with a writer configured as the wire executor's.</summary>
    public static byte[] Body(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            write(writer);
            writer.Flush();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes an entity-level request body.</summary>
    public static byte[] Body(Action<Utf8JsonWriter, EntityWriteRequest> write, IReadOnlyList<EntityWrite> writes, string? token = null, string? table = null) =>
        Body(writer => write(writer, new EntityWriteRequest(writes, null, token, table)));
}
