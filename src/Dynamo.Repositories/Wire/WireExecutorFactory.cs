using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.DynamoDBv2.Model.Internal.MarshallTransformations;
using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal.Auth;
using Dynamo.Repositories.Resilience;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// Builds the wire executor from an SDK client, when the wire path can do exactly what that client would: the client
/// is an <see cref="AmazonDynamoDBClient"/> itself (not a subclass, decorator or mock, whose behaviour the wire path
/// would bypass), with no proxy and not in adaptive retry mode (client-side rate limiting only the SDK implements).
/// </summary>
internal static class WireExecutorFactory
{
    /// <summary>The service name signed for.</summary>
    public const string SigningService = "dynamodb";

    /// <summary>
    /// The retries the SDK's standard retry policy gives a DynamoDB client whose <c>MaxErrorRetry</c> was not set (its
    /// configuration then reports the generic default, 2): 3 retries, 4 sends. Pinned by the integration tests that
    /// count sends with the SDK's defaults on both paths (CommitRetryTests).
    /// </summary>
    public const int SdkDefaultMaxRetries = 3;

    /// <summary>Creates a wire executor for <paramref name="client"/>, or returns null with the reason the SDK path is kept.</summary>
    /// <param name="client">The client whose configuration and credentials the path uses.</param>
    /// <param name="retryBaseDelay">The base delay of the backoff between attempts of one request.</param>
    /// <param name="time">The clock of signatures and backoff.</param>
    /// <param name="reason">Why the wire path cannot be used, when it returns null.</param>
    public static WireExecutor? TryCreate(IAmazonDynamoDB client, TimeSpan retryBaseDelay, TimeProvider time, out string reason)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(time);
        if (client.GetType() != typeof(AmazonDynamoDBClient) || client is not AmazonDynamoDBClient sdk)
        {
            reason = $"the registered IAmazonDynamoDB is a {client.GetType().FullName}, not an AmazonDynamoDBClient, and may behave differently";
            return null;
        }

        var config = sdk.Config;
        if (config.RetryMode == RequestRetryMode.Adaptive)
        {
            reason = "the client's RetryMode is Adaptive (client-side rate limiting only the SDK implements)";
            return null;
        }

        if (!string.IsNullOrEmpty(config.ProxyHost) || config.GetWebProxy() is not null)
        {
            reason = "the client's configuration sets a proxy";
            return null;
        }

        var endpoint = new Uri(config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(new GetItemRequest())).URL);
        var region = SigningRegion(config);
        if (string.IsNullOrEmpty(region))
        {
            reason = "the SDK determines no signing region from the client's configuration";
            return null;
        }

        reason = string.Empty;
        var (http, owned) = WireHttp.Create(config);
        var transport = new WireTransport(
            http, owned, endpoint, new SigV4Signer(region, SigningService), new WireCredentials(SdkClientAccess.ExplicitCredentials(sdk), config), time);
        var retries = config.IsMaxErrorRetrySet ? config.MaxErrorRetry : SdkDefaultMaxRetries;
        return new WireExecutor(transport, new RetryStrategy(retries, retryBaseDelay, time), client);
    }

    /// <summary>The region the SDK signs for: its rule (AuthenticationRegion, RegionEndpoint, the ServiceURL's region, us-east-1).</summary>
    internal static string? SigningRegion(IClientConfig config)
    {
        var probe = GetItemRequestMarshaller.Instance.Marshall(new GetItemRequest());
        try
        {
            return AWS4Signer.DetermineSigningRegion(config, SigningService, alternateEndpoint: null, probe);
        }
        finally
        {
            probe.ContentStream?.Dispose();
        }
    }
}
