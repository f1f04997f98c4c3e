using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using Dynamo.Repositories.Wire.Json;
using Dynamo.Repositories.Writes;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// The request bodies of the entity-level writes against today's: a commit (or a bulk write) prepared as JSON writes,
/// byte for byte, the body <see cref="WireRequestWriter"/> writes for the SDK request of the same commit prepared with
/// dictionaries: PutItem, UpdateItem (SET and REMOVE), DeleteItem, TransactWriteItems with every kind of action, and
/// BatchWriteItem. The limits are checked on the JSON path before anything is sent, as on the other.
/// </summary>
public sealed class EntityRequestWriterTests
{
    private const string Token = "0123456789abcdef0123456789abcdef";

    private readonly EntityModel _model = RepositoryHarness.Model;

    [Theory]
    [InlineData(StagedWriteKind.Add)]
    [InlineData(StagedWriteKind.Upsert)]
    [InlineData(StagedWriteKind.Update)]
    [InlineData(StagedWriteKind.Delete)]
    public void SingleWrite_Body_IsTheRequestWritersBody_ForEveryWallet(StagedWriteKind kind)
    {
        foreach (var wallet in EntityJsonFixtures.Wallets(25, seed: 31))
        {
            var tracker = new ChangeTracker();
            tracker.Stage(_model.Get<Wallet>(), "t-Wallet", wallet, kind);

            AssertSameBodies(tracker.Staged);
        }
    }

    [Theory]
    [InlineData(StagedWriteKind.Add)]
    [InlineData(StagedWriteKind.Upsert)]
    [InlineData(StagedWriteKind.Update)]
    [InlineData(StagedWriteKind.Delete)]
    public void SingleWrite_Body_IsTheRequestWritersBody_ForUnversionedEntries(StagedWriteKind kind)
    {
        foreach (var entry in EntityJsonFixtures.Entries(20))
        {
            var tracker = new ChangeTracker();
            tracker.Stage(_model.Get<LedgerEntry>(), "t-Ledger", entry, kind);

            AssertSameBodies(tracker.Staged);
        }
    }

    [Fact]
    public void Transaction_Body_IsTheRequestWritersBody_WithEveryKindOfAction()
    {
        var tracker = new ChangeTracker();
        var wallets = EntityJsonFixtures.Wallets(40, seed: 77);
        var entries = EntityJsonFixtures.Entries(40, seed: 78);
        var kinds = new[] { StagedWriteKind.Add, StagedWriteKind.Update, StagedWriteKind.Upsert, StagedWriteKind.Delete };
        for (var i = 0; i < 40; i++)
        {
            tracker.Stage(_model.Get<Wallet>(), "t-Wallet", wallets[i], kinds[i % 4]);
            tracker.Stage(_model.Get<LedgerEntry>(), "t-Ledger", entries[i], kinds[(i + 1) % 4]);
        }

        tracker.Stage(_model.Get<Currency>(), "t-Currency", new Currency { Code = "EUR" }, StagedWriteKind.Update);
        tracker.StageCheck(_model.Get<Wallet>(), "t-Wallet", new EntityKey("w-checked"), w => w.Balance > 0 && w.Owner.StartsWith("Al"));

        var actions = AssertSameBodies(tracker.Staged);

        Assert.Equal(82, actions.Length);
        Assert.Equal(60, actions.Count(a => a.Json is not null));
    }

    [Fact]
    public void BulkPut_Body_IsTheRequestWritersBody()
    {
        var metadata = _model.Get<Wallet>();
        var wallets = EntityJsonFixtures.Wallets(25, seed: 9);
        using var json = new CommitJson();
        var fromJson = wallets.Select(w => BulkPut<Wallet>.Prepare(metadata, "t-Wallet", w, json, out _)).ToList();
        var fromItems = wallets.Select(w => BulkPut<Wallet>.Prepare(metadata, "t-Wallet", w, null, out _)).ToList();
        var deletes = wallets.Select(w => new EntityWrite(WriteActionType.Delete, "t-Wallet", null, null, null) { Key = metadata.KeyOf(w) }).ToList();

        var actual = EntityJsonFixtures.Body(EntityRequestWriter.WriteBatchWriteItem, [.. fromJson, .. deletes], table: "t-Wallet");
        var expected = EntityJsonFixtures.Body(writer => WireRequestWriter.Write(
            writer,
            new BatchWriteItemRequest { RequestItems = new() { ["t-Wallet"] = [.. fromItems.Concat(deletes).Select(w => w.ToWriteRequest())] } }));

        Assert.Equal(expected, actual);
        Assert.All(fromJson, w => Assert.NotNull(w.Json));
        Assert.Equal(wallets.Select(metadata.ToItem).Select(EntityJsonFixtures.ItemJson), fromJson.Select(w => EntityJsonFixtures.ItemJson(w.Materialized().Item!)));
    }

    [Fact]
    public void Prepare_AcceptsAnItemOfExactly400Kilobytes_AndRefusesOneByteMore_OnTheJsonPath()
    {
        var metadata = _model.Get<LedgerEntry>();
        var entry = EntityJsonFixtures.Entries(1)[0];
        entry.Payload = string.Empty;
        var rest = ItemSizeEstimator.MaxItemBytes - ItemSizeEstimator.Estimate(metadata.ToItem(entry));
        var tracker = new ChangeTracker();
        tracker.Stage(metadata, "t-Ledger", entry, StagedWriteKind.Add);

        entry.Payload = new string('x', (int)rest);
        using (var json = new CommitJson())
        {
            var action = Assert.Single(CommitPlanner.Prepare(tracker.Staged, json));
            Assert.Equal(ItemSizeEstimator.MaxItemBytes, action.EstimatedSize);
        }

        entry.Payload += "x";
        using (var json = new CommitJson())
        {
            var error = Assert.Throws<ItemTooLargeException>(() => CommitPlanner.Prepare(tracker.Staged, json));
            Assert.Equal(typeof(LedgerEntry), error.EntityType);
            Assert.Contains((ItemSizeEstimator.MaxItemBytes + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Prepare_RaisesTheSameErrors_OnTheJsonPath_WhenAKeyWasClearedAfterStaging()
    {
        var entry = EntityJsonFixtures.Entries(1)[0];
        var tracker = new ChangeTracker();
        tracker.Stage(_model.Get<LedgerEntry>(), "t-Ledger", entry, StagedWriteKind.Update);
        entry.EntryId = null!;

        var expected = Assert.Throws<EntityMappingException>(() => CommitPlanner.Prepare(tracker.Staged));
        using var json = new CommitJson();
        var actual = Assert.Throws<EntityMappingException>(() => CommitPlanner.Prepare(tracker.Staged, json));

        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public void Prepare_FindsTheSameItemTwice_OnTheJsonPath()
    {
        var wallets = EntityJsonFixtures.Wallets(2);
        wallets[1].Id = wallets[0].Id;
        var tracker = new ChangeTracker();
        tracker.Stage(_model.Get<Wallet>(), "t-Wallet", wallets[0], StagedWriteKind.Add);
        tracker.Stage(_model.Get<Wallet>(), "t-Wallet", wallets[1], StagedWriteKind.Update);
        using var json = new CommitJson();

        var error = Assert.Throws<DuplicateWriteException>(() => CommitPlanner.Prepare(tracker.Staged, json));

        Assert.Equal($"({wallets[0].Id})", error.Key);
    }

    // Prepares the staged writes both ways and compares the bodies: the single request, or the transaction.
    private static WriteAction[] AssertSameBodies(IReadOnlyList<StagedWrite> staged)
    {
        using var json = new CommitJson();
        var actions = CommitPlanner.Prepare(staged, json);
        var sdk = CommitPlanner.Prepare(staged);
        byte[] actual, expected;
        if (actions.Length == 1 && actions[0].Type != WriteActionType.ConditionCheck)
        {
            (actual, expected) = actions[0].Type switch
            {
                WriteActionType.Put => (
                    EntityJsonFixtures.Body(EntityRequestWriter.WritePutItem, actions),
                    EntityJsonFixtures.Body(writer => WireRequestWriter.Write(writer, sdk[0].ToPutItemRequest()))),
                WriteActionType.Update => (
                    EntityJsonFixtures.Body(EntityRequestWriter.WriteUpdateItem, actions),
                    EntityJsonFixtures.Body(writer => WireRequestWriter.Write(writer, sdk[0].ToUpdateItemRequest()))),
                _ => (
                    EntityJsonFixtures.Body(EntityRequestWriter.WriteDeleteItem, actions),
                    EntityJsonFixtures.Body(writer => WireRequestWriter.Write(writer, sdk[0].ToDeleteItemRequest()))),
            };
        }
        else
        {
            actual = EntityJsonFixtures.Body(EntityRequestWriter.WriteTransactWriteItems, actions, Token);
            expected = EntityJsonFixtures.Body(writer => WireRequestWriter.Write(
                writer,
                new TransactWriteItemsRequest { ClientRequestToken = Token, TransactItems = [.. sdk.Select(a => a.ToTransactItem())] }));
        }

        Assert.True(
            expected.AsSpan().SequenceEqual(actual),
            JsonTree.Difference(expected, actual) ?? "Same tree, other bytes:" + Environment.NewLine + System.Text.Encoding.UTF8.GetString(expected) + Environment.NewLine + System.Text.Encoding.UTF8.GetString(actual));
        // The JSON writer bounds the version it writes (the dictionary path also counts the one it replaces): still an upper bound.
        var bounds = sdk.Select(a => a.SizeBound).ToList();
        Assert.All(actions.Zip(sdk, bounds), t => Assert.InRange(t.First.SizeBound, t.Second.EstimatedSize, t.Third));
        return actions;
    }
}
