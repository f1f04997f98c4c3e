using System.Text.RegularExpressions;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>A context over a substituted client that answers single updates, with a fresh model of one entity type.</summary>
internal static partial class SingleEntityContext
{
    public static (IAmazonDynamoDB Client, DynamoContext Context) Create(object configuration)
    {
        var client = Substitute.For<IAmazonDynamoDB>();
        client.UpdateItemAsync(Arg.Any<UpdateItemRequest>(), Arg.Any<CancellationToken>()).Returns(new UpdateItemResponse());
        var context = DynamoContext.Create(
            new SdkExecutor(client), new DynamoRepositoryOptions(), EntityModelBuilder.Build([configuration]), new FakeTimeProvider(), NullLoggerFactory.Instance, client);
        return (client, context);
    }

    /// <summary>Returns the update expressions sent, with attribute names in place and every value as '?'.</summary>
    public static List<string> UpdateExpressions(IAmazonDynamoDB client) =>
        client.ReceivedCalls().Select(c => (UpdateItemRequest)c.GetArguments()[0]!).Select(Rendered).ToList();

    public static string Rendered(UpdateItemRequest request) =>
        ValuePattern().Replace(NamePattern().Replace(request.UpdateExpression, m => request.ExpressionAttributeNames[m.Value]), "?");

    [GeneratedRegex(@"#n\d+")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@":v\d+")]
    private static partial Regex ValuePattern();
}
