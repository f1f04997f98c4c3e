using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>PageAsync against DynamoDB Local: the true last page, writes between pages, and tokens that are opaque and tamper-proof.</summary>
public sealed class PageTokenIntegrationTests(DynamoDbLocalFixture fixture) : IAsyncLifetime
{
    private const string Customer = "customer@example.com";
    private ServiceProvider? _services;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _services = TestServices.BuildFor(fixture, fixture.NewTablePrefix(nameof(PageTokenIntegrationTests)), o => o.ConsistentReads = true, typeof(PurchaseConfiguration));
        using var scope = _services.CreateScope();
        await Repository(scope).AddRangeAsync(Enumerable.Range(0, 10).Select(i => Purchase($"p-{i:D2}")), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    [Fact]
    public async Task PageAsync_HasNoToken_WhenTheLastPageIsExactlyFull()
    {
        using var scope = _services!.CreateScope();
        var purchases = Repository(scope);

        var first = await purchases.PageAsync(Of(Customer), 5, null, Ct);
        var last = await purchases.PageAsync(Of(Customer), 5, first.ContinuationToken, Ct);

        Assert.True(first.HasMore);
        Assert.Equal(5, last.Items.Count);
        Assert.False(last.HasMore);
        Assert.Null(last.ContinuationToken);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PageAsync_NeitherSkipsNorRepeats_WhenItemsAreWrittenAndDeletedBetweenPages(bool descending)
    {
        var customer = $"walk-{descending}@example.com";
        using var scope = _services!.CreateScope();
        var purchases = Repository(scope);
        var stored = Enumerable.Range(0, 9).Select(i => Purchase($"p-{i:D2}", customer)).ToList();
        await purchases.AddRangeAsync(stored, Ct);
        var spec = Of(customer, descending);

        var first = await purchases.PageAsync(spec, 3, null, Ct);
        await purchases.DeleteAsync(stored.Single(p => p.PurchaseId == first.Items[0].PurchaseId), Ct); // the previous page's first item
        var unseen = descending ? "p-05" : "p-03";
        await purchases.DeleteAsync(stored.Single(p => p.PurchaseId == unseen), Ct);
        await purchases.AddAsync(Purchase(descending ? "p-055" : "p-025", customer), Ct);
        var behind = await purchases.AddAsync(Purchase(descending ? "p-99" : "p-000", customer), Ct);
        var rest = new List<string>();
        for (var token = first.ContinuationToken; token is not null;)
        {
            var page = await purchases.PageAsync(spec, 3, token, Ct);
            rest.AddRange(page.Items.Select(p => p.PurchaseId));
            token = page.ContinuationToken;
        }

        var expected = descending ? new[] { "p-055", "p-04", "p-03", "p-02", "p-01", "p-00" } : ["p-025", "p-04", "p-05", "p-06", "p-07", "p-08"];
        Assert.Equal(expected, rest);
        Assert.DoesNotContain(behind.PurchaseId, rest);
        Assert.Empty(rest.Intersect(first.Items.Select(p => p.PurchaseId)));
    }

    [Fact]
    public async Task PageAsync_RefusesAnEditedOrTruncatedToken()
    {
        using var scope = _services!.CreateScope();
        var purchases = Repository(scope);
        var token = (await purchases.PageAsync(Of(Customer), 3, null, Ct)).ContinuationToken!;
        var bytes = Base64Url.DecodeFromChars(token);
        bytes[bytes.Length / 2] ^= 0x01;
        var edited = Base64Url.EncodeToString(bytes);

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => purchases.PageAsync(Of(Customer), 3, edited, Ct));
        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => purchases.PageAsync(Of(Customer), 3, token[..^4], Ct));
    }

    [Fact]
    public async Task PageAsync_RefusesAReHashedToken_WhenSomeoneRecomputesTheOldUnkeyedDigest()
    {
        using var scope = _services!.CreateScope();
        var purchases = Repository(scope);
        var spec = Of(Customer);
        var signature = ((DynamoRepository<Purchase>)purchases).Plan(spec).Signature;

        // The former format: 16 bytes of SHA-256(signature, 0, document), then the document, anyone could recompute.
        var document = Encoding.UTF8.GetBytes("{\"n\":0,\"k\":{\"CustomerId\":{\"S\":\"" + Customer + "\"},\"PurchaseId\":{\"S\":\"p-07\"}}}");
        var input = Encoding.UTF8.GetBytes(signature).Concat(new byte[1]).Concat(document).ToArray();
        var forged = Base64Url.EncodeToString(SHA256.HashData(input).AsSpan(0, 16).ToArray().Concat(document).ToArray());

        await Assert.ThrowsAsync<InvalidContinuationTokenException>(() => purchases.PageAsync(spec, 3, forged, Ct));
    }

    [Fact]
    public async Task PageAsync_TokenShowsNoKeyValue()
    {
        using var scope = _services!.CreateScope();
        var purchases = Repository(scope);

        var token = (await purchases.PageAsync(Of(Customer), 3, null, Ct)).ContinuationToken!;

        var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        Assert.DoesNotContain(Customer, token, StringComparison.Ordinal);
        Assert.DoesNotContain("customer", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain("p-02", decoded, StringComparison.Ordinal);
        Assert.True(token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
    }

    private static IDynamoRepository<Purchase> Repository(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<IDynamoRepository<Purchase>>();

    private static Purchase Purchase(string id, string customer = Customer) => new() { CustomerId = customer, PurchaseId = id, Name = "item " + id, Total = 10m };

    private static Specification<Purchase> Of(string customer, bool descending = false)
    {
        var spec = new Specification<Purchase>();
        spec.Query.Where(p => p.CustomerId == customer);
        if (descending)
        {
            spec.Query.OrderByDescending(p => p.PurchaseId);
        }

        return spec;
    }
}
