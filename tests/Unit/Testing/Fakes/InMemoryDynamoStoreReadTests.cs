using Ardalis.Specification;
using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Fakes;

public sealed class InMemoryDynamoStoreReadTests
{
    private const string WalletId = "w-main";
    private readonly InMemoryDynamoStore _store = TestData.NewStore();
    private readonly List<LedgerEntry> _entries = TestData.Entries(WalletId).Generate(30);

    public InMemoryDynamoStoreReadTests()
    {
        _store.Seed([.. _entries]);
        _store.Seed([.. TestData.Entries("w-other", seed: 99).Generate(5)]);
    }

    private DynamoRepository<LedgerEntry> Entries => _store.Repository<LedgerEntry>();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListAsync_ReturnsPartitionInSortKeyOrder_WhenSpecificationHasNoOrderBy()
    {
        var result = await Entries.ListAsync(new EntriesOfWalletSpec(WalletId), Token);

        Assert.Equal(_entries.Select(e => e.EntryId).Order(StringComparer.Ordinal), result.Select(e => e.EntryId));
    }

    [Fact]
    public async Task ListAsync_ReturnsDescendingAndTakes_WhenOrderedBySortKeyDescending()
    {
        var result = await Entries.ListAsync(new EntriesOfWalletSpec(WalletId, descending: true, take: 5), Token);

        Assert.Equal(_entries.Select(e => e.EntryId).OrderDescending(StringComparer.Ordinal).Take(5), result.Select(e => e.EntryId));
    }

    [Fact]
    public async Task ListAsync_FiltersBeforeTake_WhenSpecificationHasFilterAndTake()
    {
        var threshold = _entries.Select(e => e.Amount).Order().ElementAt(25);
        var spec = new Specification<LedgerEntry>();
        spec.Query.Where(e => e.WalletId == WalletId && e.Amount >= threshold).Take(3);

        var result = await Entries.ListAsync(spec, Token);

        Assert.Equal(_entries.Where(e => e.Amount >= threshold).Select(e => e.EntryId).Order(StringComparer.Ordinal).Take(3), result.Select(e => e.EntryId));
    }

    [Fact]
    public async Task ListAsync_QueriesIndexInIndexSortOrder_WhenIndexPartitionKeyIsPinned()
    {
        var result = await Entries.ListAsync(new EntriesByCategorySpec("food"), Token);

        Assert.NotEmpty(result);
        Assert.All(result, e => Assert.Equal("food", e.Category));
        Assert.Equal(result.Select(e => e.Amount).OrderDescending(), result.Select(e => e.Amount));
        Assert.Equal(_entries.Count(e => e.Category == "food"), result.Count(e => e.WalletId == WalletId));
    }

    [Fact]
    public async Task ListAsync_ThrowsUnsupportedSpecification_WhenOrderedByNonKeyAttribute()
    {
        var spec = new Specification<LedgerEntry>();
        spec.Query.Where(e => e.WalletId == WalletId).OrderBy(e => e.Category);

        var error = await Assert.ThrowsAsync<UnsupportedSpecificationException>(() => Entries.ListAsync(spec, Token));

        Assert.Contains(nameof(LedgerEntry), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAsync_ThrowsUnsupportedSpecification_WhenSpecificationSkips()
    {
        var spec = new Specification<LedgerEntry>();
        spec.Query.Where(e => e.WalletId == WalletId).Skip(2);

        await Assert.ThrowsAsync<UnsupportedSpecificationException>(() => Entries.ListAsync(spec, Token));
    }

    [Fact]
    public async Task ListAsync_ThrowsScanNotAllowed_WhenNoPartitionKeyIsPinned()
    {
        var spec = new Specification<LedgerEntry>();
        spec.Query.Where(e => e.Amount > 10);

        await Assert.ThrowsAsync<ScanNotAllowedException>(() => Entries.ListAsync(spec, Token));
    }

    [Fact]
    public async Task ListAsync_ScansEveryPartition_WhenScansAreAllowedInOptions()
    {
        var store = TestData.NewStore(allowScans: true);
        store.Seed([.. _entries]);
        var spec = new Specification<LedgerEntry>();
        spec.Query.Where(e => e.Amount > 500);

        var result = await store.Repository<LedgerEntry>().ListAsync(spec, Token);

        Assert.Equal(_entries.Count(e => e.Amount > 500), result.Count);
    }

    [Fact]
    public async Task CountAsync_IgnoresTake_AsArdalisDoes()
    {
        var count = await Entries.CountAsync(new EntriesOfWalletSpec(WalletId, take: 2), Token);

        Assert.Equal(_entries.Count, count);
    }

    [Fact]
    public async Task FirstOrDefaultAsync_ReturnsLastSortKey_WhenOrderedDescending()
    {
        var first = await Entries.FirstOrDefaultAsync(new EntriesOfWalletSpec(WalletId, descending: true), Token);

        Assert.Equal(_entries.Select(e => e.EntryId).Max(StringComparer.Ordinal), first!.EntryId);
    }

    [Fact]
    public async Task SingleOrDefaultAsync_Throws_WhenMoreThanOneMatches()
    {
        var spec = new SingleResultSpecification<LedgerEntry>();
        spec.Query.Where(e => e.WalletId == WalletId);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Entries.SingleOrDefaultAsync(spec, Token));
    }

    [Fact]
    public async Task ListAsync_Projects_WhenSpecificationSelects()
    {
        var spec = new Specification<LedgerEntry, decimal>();
        spec.Query.Where(e => e.WalletId == WalletId).Select(e => e.Amount);

        var amounts = await Entries.ListAsync(spec, Token);

        Assert.Equal(_entries.OrderBy(e => e.EntryId, StringComparer.Ordinal).Select(e => e.Amount), amounts);
    }

    [Fact]
    public async Task PageAsync_ReturnsEveryItemOnce_WhenFollowingTokens()
    {
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Entries.PageAsync(new EntriesOfWalletSpec(WalletId), 7, token, Token);
            seen.AddRange(page.Items.Select(e => e.EntryId));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(5, pages);
        Assert.Equal(_entries.Select(e => e.EntryId).Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task PageAsync_ThrowsInvalidContinuationToken_WhenTokenBelongsToAnotherSpecification()
    {
        var page = await Entries.PageAsync(new EntriesOfWalletSpec(WalletId), 7, null, Token);

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(
            () => Entries.PageAsync(new EntriesOfWalletSpec("w-other"), 7, page.ContinuationToken, Token));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(
            () => Entries.PageAsync(new EntriesOfWalletSpec(WalletId), 7, "not a token!", Token));
    }

    [Fact]
    public async Task AsAsyncEnumerable_StreamsEveryMatch()
    {
        var count = 0;
        await foreach (var entry in Entries.AsAsyncEnumerable(new EntriesOfWalletSpec(WalletId)))
        {
            Assert.Equal(WalletId, entry.WalletId);
            count++;
        }

        Assert.Equal(_entries.Count, count);
    }

    [Fact]
    public async Task GetManyAsync_ReturnsFoundAndMissing()
    {
        var keys = new[] { new EntityKey(WalletId, _entries[3].EntryId), new EntityKey(WalletId, "e-missing") };

        var result = await Entries.GetManyAsync(keys, Token);

        Assert.Equal(_entries[3].Amount, Assert.Single(result.Found).Amount);
        Assert.Equal(keys[1], Assert.Single(result.Missing));
        await Assert.ThrowsAsync<ArgumentException>(() => Entries.GetManyAsync([keys[0], keys[0]], Token));
    }

    [Fact]
    public async Task GetByIdAsync_ReadsByKey_WhenGivenEntityKey()
    {
        var entry = await Entries.GetByIdAsync(new EntityKey(WalletId, _entries[0].EntryId), Token);

        Assert.Equal(_entries[0].Amount, entry!.Amount);
        await Assert.ThrowsAsync<EntityMappingException>(() => Entries.GetByIdAsync(WalletId, Token));
    }

    [Fact]
    public async Task BulkDeleteNonAtomicAsync_AppliesDirectly_WithoutTheUnitOfWork()
    {
        var deleted = await Entries.BulkDeleteNonAtomicAsync(_entries.Take(10), Token);

        Assert.Equal(10, deleted);
        Assert.Equal(_entries.Count - 10, await Entries.CountAsync(new EntriesOfWalletSpec(WalletId), Token));
        Assert.Equal(0, _store.UnitOfWork.PendingCount);
        Assert.All(_store.Committed, c => Assert.Equal(StagedWriteKind.Delete, c.Kind));
    }

    [Fact]
    public async Task DeleteRangeAsync_DeletesEveryMatch()
    {
        var deleted = await Entries.DeleteRangeAsync(new EntriesOfWalletSpec(WalletId), Token);

        Assert.Equal(_entries.Count, deleted);
        Assert.False(await Entries.AnyAsync(new EntriesOfWalletSpec(WalletId), Token));
        Assert.True(await Entries.AnyAsync(new EntriesOfWalletSpec("w-other"), Token));
    }
}
