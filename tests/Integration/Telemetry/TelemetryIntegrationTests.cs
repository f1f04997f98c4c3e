using System.Diagnostics;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.UnitOfWork;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tests.Model;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Telemetry;

/// <summary>Spans, metrics and log lines of real operations against DynamoDB Local, and what they never contain.</summary>
public sealed class TelemetryIntegrationTests(DynamoDbLocalFixture fixture)
{
    // Distinctive key and attribute values: none may appear in any span, metric tag or log line.
    private const string SecretWallet = "wallet-Zq81Xylo";
    private const string SecretOwner = "owner-Quasar93";
    private const string SecretNote = "note-Vortex55";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveChangesAsync_OfTwoRepositories_IsOneSpanWithBothTablesAndTheActionCount()
    {
        await using var host = await TelemetryTestHost.StartAsync(fixture, nameof(SaveChangesAsync_OfTwoRepositories_IsOneSpanWithBothTablesAndTheActionCount));
        await using var scope = host.OpenScope();
        ActivitySpanId rootId;
        using (var root = host.Capture.StartRoot("place order"))
        {
            rootId = root.SpanId;
            Stage(scope, SecretWallet);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token);
        }

        var commit = Assert.Single(host.Capture.Spans);
        Assert.Equal("SaveChanges", commit.DisplayName);
        Assert.Equal(rootId, commit.ParentSpanId);
        Assert.Equal(ActivityStatusCode.Unset, commit.Status);
        Assert.Equal("aws.dynamodb", commit.GetTagItem("db.system.name"));
        Assert.Equal("TransactWriteItems", commit.GetTagItem("db.operation.name"));
        Assert.Equal([host.Prefix + "Ledger", host.Prefix + "Wallets"], ((string[])commit.GetTagItem("aws.dynamodb.table_names")!).Order(StringComparer.Ordinal));
        Assert.Equal(2, commit.GetTagItem("dynamo_repositories.commit.actions"));
        Assert.Null(commit.GetTagItem("aws.dynamodb.consumed_capacity"));
        Assert.Equal(2, Assert.Single(host.Capture.Of("dynamo_repositories.commit.actions")).Value);
        var duration = Assert.Single(host.Capture.Of("db.client.operation.duration"));
        Assert.Equal("TransactWriteItems", duration.Tag("db.operation.name"));
        Assert.Empty(host.Capture.Of("dynamo_repositories.consumed.write_capacity"));
        AssertNoValues(host);
    }

    [Fact]
    public async Task ListAsync_OverSeveralPages_IsOneSpanCountingPagesAndItems()
    {
        await using var host = await TelemetryTestHost.StartAsync(fixture, nameof(ListAsync_OverSeveralPages_IsOneSpanCountingPagesAndItems));
        await using var scope = host.OpenScope();
        var ledger = scope.ServiceProvider.GetRequiredService<IDynamoRepository<LedgerEntry>>();
        var payload = new string('x', 300_000); // eight 300 KB items make DynamoDB split the query into 1 MB pages
        await ledger.BulkPutNonAtomicAsync(
            Enumerable.Range(0, 8).Select(i => new LedgerEntry { WalletId = SecretWallet, EntryId = $"e-{i}", Note = SecretNote, Payload = payload }),
            Token);
        var spec = new Specification<LedgerEntry>();
        spec.Query.Where(e => e.WalletId == SecretWallet && e.Note == SecretNote);

        List<LedgerEntry> found;
        using (host.Capture.StartRoot("read ledger"))
        {
            found = await ledger.ListAsync(spec, Token);
        }

        var query = Assert.Single(host.Capture.Spans);
        Assert.Equal(8, found.Count);
        Assert.Equal("Query " + host.Prefix + "Ledger", query.DisplayName);
        Assert.Equal("Query", query.GetTagItem("dynamo_repositories.plan_kind"));
        Assert.Equal(nameof(LedgerEntry), query.GetTagItem("dynamo_repositories.entity_type"));
        Assert.True(query.GetTagItem("dynamo_repositories.pages") is >= 2, $"pages: {query.GetTagItem("dynamo_repositories.pages")}; tags: {string.Join(", ", query.TagObjects.Select(t => t.Key + "=" + t.Value))}");
        Assert.Equal(8, query.GetTagItem("aws.dynamodb.count"));
        Assert.Equal(8, query.GetTagItem("aws.dynamodb.scanned_count"));
        Assert.Equal(8, host.Capture.Of("dynamo_repositories.items.returned").Sum(m => m.Value));
        Assert.Contains(host.Capture.Of("db.client.operation.duration"), m => (string?)m.Tag("db.operation.name") == "BatchWriteItem");
        AssertNoValues(host);
    }

    [Fact]
    public async Task SaveChangesAsync_ThatConflicts_IsAnErrorSpan_AndCountsTheConflict()
    {
        await using var host = await TelemetryTestHost.StartAsync(fixture, nameof(SaveChangesAsync_ThatConflicts_IsAnErrorSpan_AndCountsTheConflict));
        await using (var first = host.OpenScope())
        {
            Stage(first, SecretWallet);
            await first.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token);
        }

        await using var second = host.OpenScope();
        Stage(second, SecretWallet); // adds the same keys again: both conditions fail
        using (host.Capture.StartRoot("place order again"))
        {
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token));
        }

        var commit = Assert.Single(host.Capture.Spans);
        Assert.Equal(ActivityStatusCode.Error, commit.Status);
        Assert.Equal(nameof(ConcurrencyConflictException), commit.StatusDescription);
        Assert.Equal(typeof(ConcurrencyConflictException).FullName, commit.GetTagItem("error.type"));
        var conflict = Assert.Single(host.Capture.Of("dynamo_repositories.conflicts"));
        Assert.Equal("exists", conflict.Tag("dynamo_repositories.conflict.kind")); // an Add found its key taken
        Assert.StartsWith(host.Prefix, (string)conflict.Tag("db.collection.name")!, StringComparison.Ordinal);
        Assert.Contains(host.Capture.Of("db.client.operation.duration"), m => (string?)m.Tag("error.type") == typeof(ConcurrencyConflictException).FullName);
        AssertNoValues(host);
    }

    [Fact]
    public async Task SaveChangesAsync_RetriedAfterATransactionConflict_CountsTheRetryByReason()
    {
        await using var host = await TelemetryTestHost.StartAsync(fixture, nameof(SaveChangesAsync_RetriedAfterATransactionConflict_CountsTheRetryByReason));
        await using var scope = host.OpenScope();
        host.Handler.Inject(Fault.TransactionConflict);
        using (host.Capture.StartRoot("retried order"))
        {
            Stage(scope, SecretWallet);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token);
        }

        Assert.Equal(1, Assert.Single(host.Capture.Spans).GetTagItem("dynamo_repositories.retries"));
        var retry = Assert.Single(host.Capture.Of("dynamo_repositories.retries"));
        Assert.Equal(("conflict", "TransactWriteItems"), ((string)retry.Tag("dynamo_repositories.retry.reason")!, (string)retry.Tag("db.operation.name")!));
        Assert.Equal(2, host.Handler.Matching);
        AssertNoValues(host);
    }

    [Fact]
    public async Task ReturnConsumedCapacity_PutsCapacityOnTheSpanAndInTheMetrics_WhenOn()
    {
        await using var host = await TelemetryTestHost.StartAsync(fixture, nameof(ReturnConsumedCapacity_PutsCapacityOnTheSpanAndInTheMetrics_WhenOn), DynamoConsumedCapacity.Indexes);
        await using var scope = host.OpenScope();
        using (host.Capture.StartRoot("measured order"))
        {
            Stage(scope, SecretWallet);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(Token);
            await scope.ServiceProvider.GetRequiredService<IDynamoRepository<Wallet>>().GetByIdAsync(SecretWallet, Token);
        }

        var commit = host.Capture.Spans.Single(s => s.DisplayName == "SaveChanges");
        var capacity = (string[])commit.GetTagItem("aws.dynamodb.consumed_capacity")!;
        Assert.Contains(capacity, c => c.StartsWith($"{{\"TableName\":\"{host.Prefix}Wallets\"", StringComparison.Ordinal));
        Assert.Contains(capacity, c => c.StartsWith($"{{\"TableName\":\"{host.Prefix}Ledger\"", StringComparison.Ordinal));
        var written = host.Capture.Of("dynamo_repositories.consumed.write_capacity");
        Assert.Equal([host.Prefix + "Ledger", host.Prefix + "Wallets"], written.Select(m => (string)m.Tag("db.collection.name")!).Distinct().Order(StringComparer.Ordinal));
        Assert.All(written, m => Assert.True(m.Value > 0));
        Assert.Contains(host.Capture.Of("dynamo_repositories.consumed.read_capacity"), m => (string?)m.Tag("db.collection.name") == host.Prefix + "Wallets");
        AssertNoValues(host);
    }

    private static void Stage(AsyncServiceScope scope, string walletId)
    {
        scope.ServiceProvider.GetRequiredService<IDynamoRepository<Wallet>>().Add(new Wallet { Id = walletId, Owner = SecretOwner, Balance = 42.5m });
        scope.ServiceProvider.GetRequiredService<IDynamoRepository<LedgerEntry>>().Add(new LedgerEntry { WalletId = walletId, EntryId = "e-1", Note = SecretNote });
    }

    private static void AssertNoValues(TelemetryTestHost host)
    {
        var logText = host.Logs.Entries.SelectMany(e => new[] { e.Message }.Concat(e.State.Select(s => Convert.ToString(s.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty)));
        foreach (var secret in new[] { SecretWallet, SecretOwner, SecretNote, "42.5" })
        {
            Assert.DoesNotContain(host.Capture.AllText(), t => t.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(logText, t => t.Contains(secret, StringComparison.Ordinal));
        }
    }
}
