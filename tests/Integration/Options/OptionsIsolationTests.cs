using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Bogus;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Options;

public sealed class OptionsIsolationTests(DynamoDbLocalFixture fixture)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TwoContainers_WriteToTheirOwnTables_WhenTablePrefixesDiffer()
    {
        var blue = fixture.NewTablePrefix("options-blue");
        var green = fixture.NewTablePrefix("options-green");
        var parcel = new Faker<Parcel>().UseSeed(4711).RuleFor(p => p.Id, f => f.Random.AlphaNumeric(12)).RuleFor(p => p.Label, f => f.Commerce.ProductName()).Generate();
        using var blueServices = TestServices.BuildFor(fixture, blue, o => o.ConsistentReads = true, typeof(ParcelConfiguration));
        using var greenServices = TestServices.BuildFor(fixture, green, null, typeof(ParcelConfiguration));

        await PutAsync(blueServices, parcel);

        Assert.True(blueServices.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value.ConsistentReads);
        Assert.False(greenServices.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value.ConsistentReads);
        Assert.NotSame(blueServices.GetRequiredService<IAmazonDynamoDB>(), greenServices.GetRequiredService<IAmazonDynamoDB>());
        Assert.True(await ExistsAsync(blue + "OptionsParcels", parcel.Id));
        Assert.False(await ExistsAsync(green + "OptionsParcels", parcel.Id));
    }

    private static async Task PutAsync(IServiceProvider services, Parcel parcel)
    {
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IDynamoRepository<Parcel>>().AddAsync(parcel, Token);
    }

    private async Task<bool> ExistsAsync(string table, string id)
    {
        var response = await fixture.Client.GetItemAsync(
            new GetItemRequest { TableName = table, Key = new() { ["Id"] = new AttributeValue { S = id } }, ConsistentRead = true },
            Token);
        return response.IsItemSet;
    }
}
