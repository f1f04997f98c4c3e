using System.Net;
using System.Text.Json;
using Amazon;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Dynamo.Repositories.Wire;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Wire;

/// <summary>
/// Pins every AWS SDK internal the wire path relies on. When an SDK upgrade breaks one of these, the wire path
/// (src/Dynamo.Repositories/Wire) must be adapted before the upgrade ships: each message names what changed.
/// </summary>
public sealed class SdkContractTests
{
    private static readonly Dictionary<string, AttributeValue> Key = new() { ["pk"] = new AttributeValue { S = "c-1" } };

    public static TheoryData<string> Operations => new(Requests().Keys);

    [Fact]
    public void ExplicitCredentials_AreTheCredentialsTheClientWasBuiltWith()
    {
        var credentials = new BasicAWSCredentials("AKID", "secret");
        using var client = new AmazonDynamoDBClient(credentials, new AmazonDynamoDBConfig { ServiceURL = "http://localhost:8000" });

        AWSCredentials? read;
        try
        {
            read = SdkClientAccess.ExplicitCredentials(client);
        }
        catch (MissingMethodException exception)
        {
            Assert.Fail("AWS SDK: AmazonServiceClient.ExplicitAWSCredentials is gone; the wire path reads a client's credentials through it (Wire/SdkClientAccess). " + exception.Message);
            throw;
        }

        Assert.Same(credentials, read);
    }

    [Fact]
    public void ExplicitCredentials_AreNull_ForAClientOnTheDefaultChain()
    {
        using var client = new AmazonDynamoDBClient(new AmazonDynamoDBConfig { RegionEndpoint = RegionEndpoint.EUWest1 });

        Assert.True(
            SdkClientAccess.ExplicitCredentials(client) is null,
            "AWS SDK: a client built without credentials now reports some through ExplicitAWSCredentials; check Wire/WireCredentials still resolves the default chain as the SDK does.");
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Marshaller_SendsTheTargetAndContentTypeTheWirePathSends(string operation)
    {
        var marshalled = Requests()[operation]();

        Assert.True(
            marshalled.Headers["X-Amz-Target"] == "DynamoDB_20120810." + operation && marshalled.Headers["Content-Type"] == SigV4Signer.ContentType,
            $"AWS SDK: the {operation} marshaller now sends X-Amz-Target '{marshalled.Headers["X-Amz-Target"]}' and Content-Type '{marshalled.Headers["Content-Type"]}'; "
            + "Wire/WireOperations and Wire/SigV4Signer send DynamoDB_20120810.<Operation> and application/x-amz-json-1.0.");
        Assert.True(
            marshalled.ContentStream is { CanSeek: true } || marshalled.Content is not null,
            $"AWS SDK: the {operation} marshaller writes its body neither to a seekable ContentStream nor to Content (Wire/SdkWireCodec reads one of them).");
        using var body = JsonDocument.Parse(SdkWireCodecTests.Body(marshalled));
        Assert.Equal(JsonValueKind.Object, body.RootElement.ValueKind);
    }

    [Fact]
    public void ResponseUnmarshaller_ReadsABody_WithoutHttpResponseData()
    {
        var response = SdkWireCodec.ReadQuery("""{"Count":1,"ScannedCount":2,"Items":[{"pk":{"S":"c-1"}}],"LastEvaluatedKey":{"pk":{"S":"c-1"}}}"""u8.ToArray());

        Assert.True(
            response.Count == 1 && response.ScannedCount == 2 && response.Items.Single()["pk"].S == "c-1" && response.LastEvaluatedKey["pk"].S == "c-1",
            "AWS SDK: QueryResponseUnmarshaller no longer reads a body from a JsonUnmarshallerContext without response data (Wire/SdkWireCodec).");
    }

    [Fact]
    public void ErrorUnmarshaller_MakesTheSdkExceptions_FromAnErrorBody()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadRequest);
        response.Headers.TryAddWithoutValidation("x-amzn-RequestId", "req-1");
        var body = """{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed","Item":{"pk":{"S":"c-1"}}}"""u8.ToArray();

        var exception = WireErrors.Unmarshall(PutItemResponseUnmarshaller.Instance, response, body);

        var failed = Assert.IsType<ConditionalCheckFailedException>(exception);
        Assert.True(
            failed.Item?["pk"].S == "c-1" && failed.RequestId == "req-1" && failed.Message == "The conditional request failed",
            "AWS SDK: PutItemResponseUnmarshaller.UnmarshallException no longer fills the item, request id or message from the error body and headers (Wire/WireErrors).");
        Assert.IsType<HttpErrorResponseException>(failed.InnerException);
    }

    [Theory]
    [InlineData("http://localhost:8000", null, "http://localhost:8000/")]
    [InlineData(null, "eu-west-1", "https://dynamodb.eu-west-1.amazonaws.com/")]
    public void DetermineServiceOperationEndpoint_GivesTheEndpointTheSdkSendsTo(string? serviceUrl, string? region, string expected)
    {
        var config = new AmazonDynamoDBConfig();
        if (serviceUrl is not null)
        {
            config.ServiceURL = serviceUrl;
        }

        if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        var endpoint = config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new GetItemRequest()));

        Assert.Equal(new Uri(expected), new Uri(endpoint.URL));
    }

    [Theory]
    [InlineData("http://localhost:8000", null, null, "us-east-1")]
    [InlineData("http://localhost:8000", "eu-north-1", null, "eu-north-1")]
    [InlineData(null, null, "ap-south-1", "ap-south-1")]
    public void DetermineSigningRegion_FollowsTheSdksRule(string? serviceUrl, string? authenticationRegion, string? region, string expected)
    {
        var config = new AmazonDynamoDBConfig();
        if (serviceUrl is not null)
        {
            config.ServiceURL = serviceUrl;
        }

        if (region is not null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        config.AuthenticationRegion = authenticationRegion;

        Assert.True(
            WireExecutorFactory.SigningRegion(config) == expected,
            $"AWS SDK: AWS4Signer.DetermineSigningRegion no longer gives {expected} here (Wire/WireExecutorFactory signs for the region it returns).");
    }

    private static Dictionary<string, Func<IRequest>> Requests()
    {
        var put = new PutItemRequest { TableName = "t", Item = Key };
        return new(StringComparer.Ordinal)
        {
            ["GetItem"] = () => GetItemRequestMarshaller.Instance.Marshall(new GetItemRequest { TableName = "t", Key = Key }),
            ["Query"] = () => QueryRequestMarshaller.Instance.Marshall(new QueryRequest { TableName = "t", KeyConditionExpression = "pk = :p" }),
            ["Scan"] = () => ScanRequestMarshaller.Instance.Marshall(new ScanRequest { TableName = "t" }),
            ["BatchGetItem"] = () => BatchGetItemRequestMarshaller.Instance.Marshall(new BatchGetItemRequest { RequestItems = new() { ["t"] = new KeysAndAttributes { Keys = [Key] } } }),
            ["PutItem"] = () => PutItemRequestMarshaller.Instance.Marshall(put),
            ["UpdateItem"] = () => UpdateItemRequestMarshaller.Instance.Marshall(new UpdateItemRequest { TableName = "t", Key = Key, UpdateExpression = "SET a = :a" }),
            ["DeleteItem"] = () => DeleteItemRequestMarshaller.Instance.Marshall(new DeleteItemRequest { TableName = "t", Key = Key }),
            ["TransactWriteItems"] = () => TransactWriteItemsRequestMarshaller.Instance.Marshall(new TransactWriteItemsRequest { TransactItems = [new() { Put = new() { TableName = "t", Item = Key } }] }),
            ["BatchWriteItem"] = () => BatchWriteItemRequestMarshaller.Instance.Marshall(new BatchWriteItemRequest { RequestItems = new() { ["t"] = [new WriteRequest { PutRequest = new PutRequest { Item = Key } }] } }),
        };
    }
}
