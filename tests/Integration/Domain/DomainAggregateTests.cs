using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.IntegrationTests.Query;
using Dynamo.Repositories.TestDomain.Baskets;
using Dynamo.Repositories.TestDomain.Contributors;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Domain;

/// <summary>Aggregates shaped like CleanArchitecture's and eShopOnWeb's, unchanged, through the repositories and DynamoDB Local.</summary>
public sealed class DomainAggregateTests(DynamoDbLocalFixture fixture) : IDisposable
{
    private readonly string _prefix = fixture.NewTablePrefix(nameof(DomainAggregateTests));
    private ServiceProvider? _services;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ServiceProvider Services => _services ??= TestServices.BuildFor(
        fixture, _prefix, null, typeof(ContributorConfiguration), typeof(BasketConfiguration), typeof(CatalogItemConfiguration));

    public void Dispose() => _services?.Dispose();

    private T Repository<T>(IServiceScope scope)
        where T : class => (T)scope.ServiceProvider.GetRequiredService(typeof(T));

    [Fact]
    public async Task Contributor_RoundTrips_ThroughGetByIdAsync_ByWrapperAndByValue()
    {
        using var scope = Services.CreateScope();
        var contributors = Repository<IDynamoRepository<Contributor>>(scope);
        var source = new Contributor(ContributorName.From("Ardalis")) { Id = ContributorId.From(41) };
        source.SetPhoneNumber("555-0141").Activate().UpdateName(ContributorName.From("Steve Smith"));

        await contributors.AddAsync(source, Ct);
        var byWrapper = await contributors.GetByIdAsync(ContributorId.From(41), Ct);
        var byValue = await contributors.GetByIdAsync(41, Ct);
        var many = await contributors.GetManyAsync([new EntityKey(ContributorId.From(41)), new EntityKey(42), new EntityKey(ContributorId.From(43))], Ct);

        foreach (var back in new[] { byWrapper, byValue })
        {
            Assert.NotNull(back);
            Assert.Equal(source.Id, back.Id);
            Assert.Equal(ContributorName.From("Steve Smith"), back.Name);
            Assert.Same(ContributorStatus.Active, back.Status);
            Assert.Equal(new PhoneNumber("+1", "555-0141", null), back.PhoneNumber);
            Assert.Empty(back.DomainEvents);
        }

        Assert.Equal([source.Id], many.Found.Select(c => c.Id));
        Assert.Equal(2, many.Missing.Count);
    }

    [Fact]
    public async Task Basket_WithTwoItems_ReadsBackWithTwoItems()
    {
        using var scope = Services.CreateScope();
        var baskets = Repository<IDynamoRepository<Basket>>(scope);
        var basket = new Basket("buyer@example.com") { Id = new Guid("5c8f9b8e-3d1a-4a57-b3e4-8f2a9d6c1e01") };
        basket.AddItem(catalogItemId: 1, unitPrice: 19.5m, quantity: 2);
        basket.AddItem(catalogItemId: 2, unitPrice: 0.1m);

        await baskets.AddAsync(basket, Ct);
        var back = await baskets.GetByIdAsync(basket.Id, Ct);

        Assert.NotNull(back);
        Assert.Equal("buyer@example.com", back.BuyerId);
        Assert.Equal(
            [(1, 2, 19.5m), (2, 1, 0.1m)],
            back.Items.Select(i => (i.CatalogItemId, i.Quantity, i.UnitPrice)));
        Assert.Equal(3, back.TotalItems);
    }

    [Fact]
    public async Task CatalogItem_RoundTripsThroughItsConstructor()
    {
        using var scope = Services.CreateScope();
        var items = Repository<IDynamoRepository<CatalogItem>>(scope);
        var table = _prefix + nameof(CatalogItem);
        await fixture.Client.PutItemAsync(
            table,
            new Dictionary<string, AttributeValue>
            {
                ["Id"] = new() { N = "12" },
                ["Name"] = new() { S = ".NET Bot Black Sweatshirt" },
                ["Description"] = new() { S = "Sweatshirt" },
                ["Price"] = new() { N = "19.5" },
                ["PictureUri"] = new() { S = "/images/1.png" },
                ["CatalogTypeId"] = new() { N = "2" },
                ["CatalogBrandId"] = new() { N = "3" },
            },
            Ct);

        var back = await items.GetByIdAsync(12, Ct);

        Assert.NotNull(back);
        Assert.Equal((12, ".NET Bot Black Sweatshirt", "Sweatshirt", 19.5m, "/images/1.png", 2, 3), (back.Id, back.Name, back.Description, back.Price, back.PictureUri, back.CatalogTypeId, back.CatalogBrandId));
    }

    [Fact]
    public async Task ANumberWithMoreDigitsThanDecimal_WrittenByAnotherClient_RaisesNamingTheProperty()
    {
        using var scope = Services.CreateScope();
        var items = Repository<IDynamoRepository<CatalogItem>>(scope);
        await fixture.Client.PutItemAsync(
            _prefix + nameof(CatalogItem),
            new Dictionary<string, AttributeValue>
            {
                ["Id"] = new() { N = "38" },
                ["Price"] = new() { N = "0.12345678901234567890123456789012345678" },
            },
            Ct);
        var stored = await fixture.Client.GetItemAsync(_prefix + nameof(CatalogItem), new() { ["Id"] = new() { N = "38" } }, Ct);

        var error = await Assert.ThrowsAsync<EntityMappingException>(() => items.GetByIdAsync(38, Ct));

        Assert.Equal("0.12345678901234567890123456789012345678", stored.Item["Price"].N);
        Assert.Equal(nameof(CatalogItem.Price), error.PropertyName);
        Assert.Contains("CatalogItem.Price", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueriesThroughConversions_SendAKeyConditionOnTheStoredAttributes()
    {
        using var scope = Services.CreateScope();
        var contributors = Repository<IDynamoRepository<Contributor>>(scope);
        string[] names = ["Ardalis", "Arthur", "Julie", "Ariane"];
        for (var i = 0; i < names.Length; i++)
        {
            var contributor = new Contributor(ContributorName.From(names[i])) { Id = ContributorId.From(100 + i) };
            if (i != 3)
            {
                contributor.Activate();
            }

            await contributors.AddAsync(contributor, Ct);
        }

        var log = new RequestLog(Services.GetRequiredService<IAmazonDynamoDB>());
        var spec = new Specification<Contributor>();
        spec.Query.Where(c => c.Status == ContributorStatus.Active && c.Name.Value.StartsWith("Ar"));
        var found = await contributors.ListAsync(spec, Ct);

        Assert.Equal(["Ardalis", "Arthur"], found.Select(c => c.Name.Value));
        var request = Assert.Single(log.Of<QueryRequest>());
        Assert.Equal("ByStatus", request.IndexName);
        Assert.Null(request.FilterExpression);
        Assert.Contains("begins_with(", request.KeyConditionExpression, StringComparison.Ordinal);
        Assert.Contains(request.ExpressionAttributeValues.Values, v => v.N == "1");
        Assert.Contains(request.ExpressionAttributeValues.Values, v => v.S == "Ar");
        Assert.Equal(1, log.Count);
    }
}
