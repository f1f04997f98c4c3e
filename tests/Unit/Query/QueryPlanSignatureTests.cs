using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Query;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>
/// A plan's signature (what a continuation token is bound to) changes with every part of the request, and does not
/// depend on the order the placeholders were added in.
/// </summary>
public sealed class QueryPlanSignatureTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal) { ["#n0"] = "CustomerId", ["#n1"] = "Total" };

    private static readonly Dictionary<string, AttributeValue> Values = new(StringComparer.Ordinal)
    {
        [":v0"] = new AttributeValue { S = "c-1" },
        [":v1"] = new AttributeValue { N = "3" },
    };

    [Fact]
    public void Signature_DiffersForEachPartOfTheRequest()
    {
        var index = QueryModel.Orders.Indexes[0];
        var variants = new[]
        {
            Base(),
            Base() with { Operation = QueryOperation.Scan },
            Base() with { TableName = "Other" },
            Base() with { Index = index },
            Base() with { KeyCondition = "#n0 = :v1" },
            Base() with { Filter = "#n1 > :v1" },
            Base() with { Projection = "#n1" },
            Base() with { ScanIndexForward = false },
            Base() with { ConsistentRead = true },
            Base() with { Take = 5 },
            Base() with { Skip = 2 },
            Base() with { Names = new(Names, StringComparer.Ordinal) { ["#n1"] = "Totals" } },
            Base() with { Names = null },
            Base() with { Values = new(Values, StringComparer.Ordinal) { [":v1"] = new AttributeValue { N = "4" } } },
            Base() with { Values = null },
            Base() with { Key = new(StringComparer.Ordinal) { ["CustomerId"] = new AttributeValue { S = "c-1" } } },
            Base() with { Key = new(StringComparer.Ordinal) { ["CustomerId"] = new AttributeValue { S = "c-2" } } },
        };

        var signatures = variants.Select(v => v.Build().Signature).ToList();

        Assert.Equal(signatures.Count, signatures.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("|key:CustomerId=", signatures[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Signature_IsTheSame_WhenThePlaceholdersWereAddedInAnotherOrder()
    {
        var reversed = Base() with
        {
            Names = Names.Reverse().ToDictionary(StringComparer.Ordinal),
            Values = Values.Reverse().ToDictionary(StringComparer.Ordinal),
        };

        Assert.Equal(Base().Build().Signature, reversed.Build().Signature);
    }

    [Fact]
    public void ScanIndexForward_IsAscending_WhenNotSet()
    {
        var plan = new QueryPlan { Operation = QueryOperation.Query, Entity = QueryModel.Orders, TableName = "Orders", PositionAttributes = [] };

        Assert.True(plan.ScanIndexForward);
    }

    private static Parts Base() => new(QueryOperation.Query, "Orders", null, "#n0 = :v0", null, null, true, false, null, 0, Names, Values, null);

    private sealed record Parts(
        QueryOperation Operation,
        string TableName,
        Dynamo.Repositories.Metadata.IndexMetadata? Index,
        string? KeyCondition,
        string? Filter,
        string? Projection,
        bool ScanIndexForward,
        bool ConsistentRead,
        int? Take,
        int Skip,
        Dictionary<string, string>? Names,
        Dictionary<string, AttributeValue>? Values,
        Dictionary<string, AttributeValue>? Key)
    {
        public QueryPlan Build() => new()
        {
            Operation = Operation,
            Entity = QueryModel.Orders,
            TableName = TableName,
            Index = Index,
            KeyCondition = KeyCondition,
            Filter = Filter,
            Projection = Projection,
            ScanIndexForward = ScanIndexForward,
            ConsistentRead = ConsistentRead,
            Take = Take,
            Skip = Skip,
            Names = Names,
            Values = Values,
            Key = Key,
            PositionAttributes = [],
        };
    }
}
