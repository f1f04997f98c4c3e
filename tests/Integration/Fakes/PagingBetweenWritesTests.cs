using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Tests.Model;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Fakes;

/// <summary>
/// PageAsync resumes after the last key returned, in production (DynamoDB Local) and in the fakes alike: items written
/// or deleted between two pages are neither skipped nor returned twice.
/// </summary>
public sealed class PagingBetweenWritesTests(DynamoDbLocalFixture fixture)
{
    private const string WalletId = "w0";
    private const int PageSize = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("local", false)]
    [InlineData("local", true)]
    [InlineData("fake", false)]
    [InlineData("fake", true)]
    public async Task PageAsync_NeitherSkipsNorRepeats_WhenItemsAreWrittenAndDeletedBetweenPages(string sideName, bool descending)
    {
        var prefix = fixture.NewTablePrefix(nameof(PagingBetweenWritesTests));
        using var side = sideName == "local" ? DifferentialSide.Local(fixture, prefix) : DifferentialSide.Fake(prefix);
        var stored = new SortedSet<int>(Enumerable.Range(0, 10).Select(i => i * 2)); // e00, e02 ... e18
        await side.Entries.BulkPutNonAtomicAsync(stored.Select(Entry), Ct);
        var walked = new List<int>();
        var expected = new List<int>();
        string? token = null;
        var pages = 0;

        do
        {
            // The model of resuming by key: a page holds the next keys after the last one returned, in the set as it is now.
            expected.AddRange(Ahead(stored, walked.Count == 0 ? null : walked[^1], descending).Take(PageSize));
            var page = await side.Entries.PageAsync(new EntriesOfWalletSpec(WalletId, descending), PageSize, token, Ct);
            token = page.ContinuationToken;
            walked.AddRange(page.Items.Select(e => int.Parse(e.EntryId[1..], System.Globalization.CultureInfo.InvariantCulture)));
            if (++pages > 20 || walked.Count == 0)
            {
                break;
            }

            // Between pages: delete the item the token resumes after (every other page), add one behind the cursor and one
            // ahead, delete one ahead.
            var last = walked[^1];
            if (pages % 2 == 1)
            {
                await side.Entries.DeleteAsync(Entry(last), Ct);
                stored.Remove(last);
            }

            await Add(side, stored, descending ? last + 1 : last - 1);
            if (Ahead(stored, last, descending).Skip(1).FirstOrDefault(-1) is var ahead and >= 0)
            {
                await Add(side, stored, ahead + (descending ? -1 : 1));
                var gone = Ahead(stored, last, descending).First();
                await side.Entries.DeleteAsync(Entry(gone), Ct);
                stored.Remove(gone);
            }
        }
        while (token is not null);

        Assert.Equal(expected, walked);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.True(walked.Count >= 10, $"the walk returned {walked.Count} items");
    }

    private static IEnumerable<int> Ahead(SortedSet<int> stored, int? cursor, bool descending) =>
        (descending ? stored.Reverse() : stored).Where(k => cursor is not { } c || (descending ? k < c : k > c));

    private static async Task Add(DifferentialSide side, SortedSet<int> stored, int key)
    {
        if (key is < 0 or > 99 || !stored.Add(key))
        {
            return;
        }

        await side.Entries.AddAsync(Entry(key), Ct);
    }

    private static LedgerEntry Entry(int key) => new() { WalletId = WalletId, EntryId = $"e{key:D2}", Amount = key, Category = "fun" };
}
