using System.Security.Cryptography;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Query;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

public sealed class ContinuationTokenProtectorTests
{
    private static readonly string KeyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Decode_ReturnsThePosition_WhenAnotherInstanceSharesTheConfiguredKey()
    {
        var plan = Plan();
        var token = ContinuationTokenProtector.For(new DynamoRepositoryOptions { ContinuationTokenKey = KeyA }).Encode(plan, Key("o-7"), 12);

        var (resume, returned) = ContinuationTokenProtector.For(new DynamoRepositoryOptions { ContinuationTokenKey = KeyA }).Decode(plan, token);

        Assert.Equal("o-7", resume["OrderId"].S);
        Assert.Equal(12, returned);
    }

    [Fact]
    public void Decode_Throws_WhenTheTokenWasIssuedUnderAnotherKey()
    {
        var plan = Plan();
        var token = ContinuationTokenProtector.For(new DynamoRepositoryOptions { ContinuationTokenKey = KeyA }).Encode(plan, Key("o-7"), 12);

        var error = Assert.Throws<InvalidContinuationTokenException>(() =>
            ContinuationTokenProtector.For(new DynamoRepositoryOptions { ContinuationTokenKey = KeyB }).Decode(plan, token));

        Assert.Contains("ContinuationTokenKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_GivesTwoTokensForOnePosition_BecauseEachHasItsOwnNonce()
    {
        var plan = Plan();
        var protector = ContinuationTokenProtector.For(new DynamoRepositoryOptions());

        Assert.NotEqual(protector.Encode(plan, Key("o-7"), 1), protector.Encode(plan, Key("o-7"), 1));
    }

    private static QueryPlan Plan()
    {
        var spec = new Specification<Order>();
        spec.Query.Where(o => o.CustomerId == "c-1");
        return QueryPlanner<Order>.Plan(QueryModel.Orders, spec, new DynamoRepositoryOptions(), "Orders");
    }

    private static Dictionary<string, AttributeValue> Key(string orderId) => new(StringComparer.Ordinal)
    {
        ["CustomerId"] = new AttributeValue { S = "c-1" },
        ["OrderId"] = new AttributeValue { S = orderId },
    };
}
