using System.Reflection;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Dynamo.Repositories.Execution;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Execution;

/// <summary>Resent single writes are told apart per client instance, never by a process-wide pipeline customization.</summary>
public sealed class SdkResendsTests
{
    private const string LocalUrl = "http://localhost:8000";

    [Theory]
    [InlineData("attempt=2; max=4", 2)]
    [InlineData("attempt=4; max=4", 4)]
    public void OnException_MarksTheAttempts_WhenTheSdkResentASingleWrite(string header, int attempts)
    {
        var failed = new ConditionalCheckFailedException("The conditional request failed");

        SdkResends.OnException(new object(), new FailedCall(new PutItemRequest(), failed, header));

        Assert.Equal(attempts, SdkResends.Attempts(failed));
    }

    [Theory]
    [InlineData("attempt=1; max=4")]
    [InlineData("max=4")]
    [InlineData("attempt=x; max=4")]
    [InlineData(null)]
    public void OnException_LeavesTheFailureUnmarked_WhenTheWriteWasSentOnceOrTheHeaderSaysNothing(string? header)
    {
        var failed = new ConditionalCheckFailedException("The conditional request failed");

        SdkResends.OnException(new object(), new FailedCall(new UpdateItemRequest(), failed, header));

        Assert.Equal(1, SdkResends.Attempts(failed));
        Assert.False(failed.Data.Contains(SdkResends.DataKey));
    }

    [Fact]
    public void OnException_LeavesTheFailureUnmarked_WhenTheRequestIsNotASingleWrite()
    {
        var failed = new TransactionCanceledException("canceled");

        SdkResends.OnException(new object(), new FailedCall(new TransactWriteItemsRequest(), failed, "attempt=3; max=4"));

        Assert.False(failed.Data.Contains(SdkResends.DataKey));
    }

    [Fact]
    public void SdkExecutor_ObservesItsOwnClientOnce_AndLeavesOtherClientsAlone()
    {
        using var client = NewClient();
        using var other = NewClient();

        _ = new SdkExecutor(client);
        _ = new SdkExecutor(client);

        AssertObserved(client);
        Assert.Empty(ExceptionHandlers(other));
    }

    [Fact]
    public void AddDynamoRepositories_LeavesAClientBuiltLaterInTheProcessUntouched()
    {
        using var provider = new ServiceCollection()
            .AddDynamoRepositoriesFromTypes(o => (o.ServiceUrl, o.UseWirePath) = (LocalUrl, false), DependencyInjection.RegistrationTestTypes.Valid)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _ = provider.GetRequiredService<IDynamoExecutor>(); // the SDK path: the wire path counts its own sends
        var library = (AmazonServiceClient)provider.GetRequiredService<IAmazonDynamoDB>();

        using var later = NewClient();

        AssertObserved(library);
        Assert.Empty(ExceptionHandlers(later));
        Assert.Equal(HandlerTypes(library), HandlerTypes(later));
        Assert.DoesNotContain(HandlerTypes(later), type => type.Assembly == typeof(SdkResends).Assembly);
    }

    [Fact]
    public void SdkExecutor_LeavesAClientThatIsNoSdkClientAsItIs()
    {
        var client = Substitute.For<IAmazonDynamoDB>();

        var executor = new SdkExecutor(client);

        Assert.Same(client, executor.Client);
        Assert.Empty(client.ReceivedCalls());
    }

    private static void AssertObserved(AmazonServiceClient client)
    {
        var handler = Assert.Single(ExceptionHandlers(client));
        Assert.Equal(typeof(SdkResends), handler.Method.DeclaringType);
        Assert.Equal(nameof(SdkResends.OnException), handler.Method.Name);
    }

    private static AmazonDynamoDBClient NewClient() =>
        new(new BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig { ServiceURL = LocalUrl, AuthenticationRegion = "us-east-1" });

    private static Delegate[] ExceptionHandlers(AmazonServiceClient client) =>
        (typeof(AmazonServiceClient).GetField("mExceptionEvent", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(client) as Delegate)?.GetInvocationList() ?? [];

    private static Type[] HandlerTypes(AmazonServiceClient client)
    {
        var pipeline = (RuntimePipeline)typeof(AmazonServiceClient)
            .GetProperty("RuntimePipeline", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)!
            .GetValue(client)!;
        return [.. pipeline.Handlers.Select(handler => handler.GetType())];
    }

    private sealed class FailedCall : WebServiceExceptionEventArgs
    {
        public FailedCall(AmazonWebServiceRequest request, Exception exception, string? attemptHeader)
        {
            Request = request;
            Exception = exception;
            Headers = attemptHeader is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["amz-sdk-request"] = attemptHeader };
        }
    }
}
