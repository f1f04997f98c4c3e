using System.Diagnostics;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Telemetry;
using Dynamo.Repositories.TestSupport;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Telemetry;

public sealed class DynamoSpansTests
{
    [Fact]
    public void Start_SetsTheDatabaseAndDynamoAttributes()
    {
        using var capture = new TelemetryCapture(null);
        using (capture.StartRoot(nameof(Start_SetsTheDatabaseAndDynamoAttributes)))
        {
            using var span = DynamoSpans.Start("Query", "Orders", "ByStatus", typeof(DynamoSpansTests));
            DynamoSpans.Increment(span, DynamoAttributes.Pages);
            DynamoSpans.Increment(span, DynamoAttributes.Pages);
            DynamoSpans.AddConsumedCapacity(span, new ConsumedCapacity { TableName = "Orders", CapacityUnits = 1.5 });
        }

        var recorded = Assert.Single(capture.Spans);
        Assert.Equal("Query Orders", recorded.DisplayName);
        Assert.Equal(ActivityKind.Internal, recorded.Kind);
        Assert.Equal("aws.dynamodb", recorded.GetTagItem("db.system.name"));
        Assert.Equal("Query", recorded.GetTagItem("db.operation.name"));
        Assert.Equal("Orders", recorded.GetTagItem("db.collection.name"));
        Assert.Equal(["Orders"], (string[])recorded.GetTagItem("aws.dynamodb.table_names")!);
        Assert.Equal("ByStatus", recorded.GetTagItem("aws.dynamodb.index_name"));
        Assert.Equal(nameof(DynamoSpansTests), recorded.GetTagItem("dynamo_repositories.entity_type"));
        Assert.Equal(2, recorded.GetTagItem("dynamo_repositories.pages"));
        Assert.Equal(
            ["{\"TableName\":\"Orders\",\"CapacityUnits\":1.5,\"ReadCapacityUnits\":0,\"WriteCapacityUnits\":0}"],
            (string[])recorded.GetTagItem("aws.dynamodb.consumed_capacity")!);
    }

    [Fact]
    public void Fail_SetsErrorStatusWithTheTypeOnly_NeverTheMessage()
    {
        using var capture = new TelemetryCapture(null);
        using (capture.StartRoot(nameof(Fail_SetsErrorStatusWithTheTypeOnly_NeverTheMessage)))
        {
            using var span = DynamoSpans.Start("PutItem", "Orders", name: "SaveChanges");
            DynamoSpans.SetOperation(span, "TransactWriteItems", ["Orders", "Customers"]);
            DynamoSpans.Fail(span, new ConcurrencyConflictException("Order (secret-key-42) changed", typeof(object), "(secret-key-42)"));
        }

        var recorded = Assert.Single(capture.Spans);
        Assert.Equal("SaveChanges", recorded.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, recorded.Status);
        Assert.Equal(nameof(ConcurrencyConflictException), recorded.StatusDescription);
        Assert.Equal(typeof(ConcurrencyConflictException).FullName, recorded.GetTagItem("error.type"));
        Assert.Equal("TransactWriteItems", recorded.GetTagItem("db.operation.name"));
        Assert.Null(recorded.GetTagItem("db.collection.name"));
        Assert.DoesNotContain(capture.AllText(), t => t.Contains("secret-key-42", StringComparison.Ordinal));
    }
}
