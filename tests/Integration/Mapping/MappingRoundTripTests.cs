using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Mapping;

/// <summary>Items written by the compiled mapper are accepted by DynamoDB Local and read back unchanged.</summary>
public sealed class MappingRoundTripTests(DynamoDbLocalFixture fixture)
{
    private readonly EntityMetadata<MappedProduct> _metadata = EntityModelBuilder.Build([new MappedProductConfiguration()]).Get<MappedProduct>();

    private static MappedProduct NewProduct()
    {
        var faker = new Faker { Random = new Randomizer(8675309) };
        return new MappedProduct
        {
            Sku = faker.Commerce.Ean13(),
            ListedAt = new DateTimeOffset(2024, 6, 1, 12, 30, 45, 123, TimeSpan.FromHours(5.5)),
            Title = "Ünïcode – 日本語 – العربية – 🦆",
            Empty = "",
            Price = 19.99m,
            Precise = 1.0000000000000000000000000001m,
            Ratio = 1.0 / 3.0,
            Big = long.MinValue,
            Huge = ulong.MaxValue,
            Small = byte.MaxValue,
            Active = true,
            Reference = faker.Random.Guid(),
            Created = new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(1234567),
            Day = new DateOnly(2024, 2, 29),
            At = new TimeOnly(23, 59, 59, 999),
            Duration = TimeSpan.FromDays(-1.25),
            Availability = Availability.Backordered,
            Thumbnail = faker.Random.Bytes(64),
            Stock = null,
            Images = [faker.Internet.Url(), ""],
            NoImages = [],
            Tags = ["red", "blue"],
            Codes = [1, -2, long.MaxValue],
            Blobs = [[1, 2], [3]],
            NoTags = [],
            PriceByRegion = new() { ["eu"] = 17.5m, ["us"] = 19.99m },
            NoAttributes = [],
            Size = new Dimensions { Width = 2.5, Height = 1E+125, Unit = "cm", Packed = new Dimensions { Width = 3, Height = 1E-130 } },
            Variants = [new Dimensions { Width = 1 }, new Dimensions()],
            Version = 1,
            ExpiresAt = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        };
    }

    [Fact]
    public async Task PutItem_GetItem_RoundTripsEveryMappedType()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = fixture.NewTablePrefix(nameof(MappingRoundTripTests)) + _metadata.TableName;
        await CreateTableAsync(table, ct);
        var source = NewProduct();

        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = _metadata.ToItem(source) }, ct);
        var response = await fixture.Client.GetItemAsync(new GetItemRequest { TableName = table, Key = _metadata.KeyOf(source), ConsistentRead = true }, ct);
        var back = _metadata.FromItem(response.Item);

        Assert.Equal(source.ListedAt, back.ListedAt);
        Assert.Equal(TimeSpan.Zero, back.ListedAt.Offset);
        source.ListedAt = back.ListedAt;
        Assert.Equivalent(source, back, strict: true);
        Assert.DoesNotContain(nameof(MappedProduct.NoTags), response.Item.Keys);
        Assert.Empty(response.Item[nameof(MappedProduct.NoImages)].L);
        Assert.Empty(response.Item[nameof(MappedProduct.NoAttributes)].M);
        Assert.Equal("1893456000", response.Item[nameof(MappedProduct.ExpiresAt)].N);
    }

    [Fact]
    public async Task Query_OnIndex_FindsItemByMappedIndexKeys()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = fixture.NewTablePrefix(nameof(MappingRoundTripTests)) + _metadata.TableName;
        await CreateTableAsync(table, ct);
        var source = NewProduct();
        await fixture.Client.PutItemAsync(new PutItemRequest { TableName = table, Item = _metadata.ToItem(source) }, ct);

        var response = await fixture.Client.QueryAsync(new QueryRequest
        {
            TableName = table,
            IndexName = "ByAvailability",
            KeyConditionExpression = "#a = :a AND #p >= :p",
            ExpressionAttributeNames = new() { ["#a"] = nameof(MappedProduct.Availability), ["#p"] = nameof(MappedProduct.Price) },
            ExpressionAttributeValues = new()
            {
                [":a"] = _metadata.FindProperty(nameof(MappedProduct.Availability))!.ToAttributeValue(Availability.Backordered)!,
                [":p"] = _metadata.FindProperty(nameof(MappedProduct.Price))!.ToAttributeValue(10m)!,
            },
        }, ct);

        var found = Assert.Single(response.Items);
        Assert.Equal(source.Sku, _metadata.FromItem(found).Sku);
    }

    private async Task CreateTableAsync(string table, CancellationToken ct)
    {
        AttributeDefinition Definition(PropertyMetadata p) => new() { AttributeName = p.AttributeName, AttributeType = p.Converter.KeyType };
        var index = _metadata.Indexes[0];
        await fixture.Client.CreateTableAsync(new CreateTableRequest
        {
            TableName = table,
            BillingMode = BillingMode.PAY_PER_REQUEST,
            AttributeDefinitions = [Definition(_metadata.PartitionKey), Definition(_metadata.SortKey!), Definition(index.PartitionKey), Definition(index.SortKey!)],
            KeySchema =
            [
                new KeySchemaElement(_metadata.PartitionKey.AttributeName, KeyType.HASH),
                new KeySchemaElement(_metadata.SortKey!.AttributeName, KeyType.RANGE),
            ],
            GlobalSecondaryIndexes =
            [
                new GlobalSecondaryIndex
                {
                    IndexName = index.Name,
                    KeySchema = [new KeySchemaElement(index.PartitionKey.AttributeName, KeyType.HASH), new KeySchemaElement(index.SortKey!.AttributeName, KeyType.RANGE)],
                    Projection = new Projection { ProjectionType = ProjectionType.ALL },
                },
            ],
        }, ct);
    }
}
