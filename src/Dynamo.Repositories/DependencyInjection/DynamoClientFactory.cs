using Amazon;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Dynamo.Repositories.Options;

namespace Dynamo.Repositories.DependencyInjection;

/// <summary>Creates the <see cref="AmazonDynamoDBClient"/> of a container from its options, when the host registered none.</summary>
internal static class DynamoClientFactory
{
    /// <summary>The region signed for when a service URL is set and no region is: DynamoDB Local accepts any.</summary>
    public const string DefaultLocalRegion = "us-east-1";

    private const string AccessKeyVariable = "AWS_ACCESS_KEY_ID";
    private const string ProfileVariable = "AWS_PROFILE";

    /// <summary>Creates a client; the container owns and disposes it.</summary>
    public static AmazonDynamoDBClient Create(DynamoRepositoryOptions options, string keyPrefix)
    {
        var config = CreateConfig(options);
        var credentials = LocalCredentials(config);
        try
        {
            return credentials is null ? new AmazonDynamoDBClient(config) : new AmazonDynamoDBClient(credentials, config);
        }
        catch (AmazonClientException exception)
        {
            // The SDK's messages ("No RegionEndpoint or ServiceURL configured") do not say which setting to change.
            throw new DynamoOptionsException(
                $"The DynamoDB client cannot be created: {exception.Message}. Set {keyPrefix}Region (e.g. eu-west-1) or {keyPrefix}ServiceUrl "
                + "(e.g. http://localhost:8000), or the AWS_REGION environment variable, or register your own IAmazonDynamoDB.",
                exception);
        }
    }

    /// <summary>Translates the options into the SDK's client configuration.</summary>
    public static AmazonDynamoDBConfig CreateConfig(DynamoRepositoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var config = new AmazonDynamoDBConfig
        {
            Timeout = options.Timeout,
            MaxErrorRetry = options.MaxRetryAttempts,
            RetryMode = options.RetryMode == DynamoRetryMode.Adaptive ? RequestRetryMode.Adaptive : RequestRetryMode.Standard,
        };

        if (!string.IsNullOrEmpty(options.ServiceUrl))
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = string.IsNullOrEmpty(options.Region) ? DefaultLocalRegion : options.Region;
        }
        else if (!string.IsNullOrEmpty(options.Region))
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(options.Region);
        }

        return config;
    }

    /// <summary>Whether a service URL points at a local emulator: a loopback address or a single-label host (e.g. a compose service).</summary>
    public static bool IsLocal(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (uri.HostNameType == UriHostNameType.Dns && !uri.Host.Contains('.', StringComparison.Ordinal)));

    /// <summary>
    /// For a local endpoint, the credentials of the chain's local sources (environment, shared profile) or dummy ones;
    /// for any other endpoint null, so the SDK's default chain applies. Remote sources (container, instance metadata)
    /// are not probed for a local endpoint: it does not authenticate, and probing them costs seconds off EC2.
    /// </summary>
    public static AWSCredentials? LocalCredentials(AmazonDynamoDBConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!IsLocal(config.ServiceURL))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(AccessKeyVariable)))
        {
            return new EnvironmentVariablesAWSCredentials();
        }

        var profile = Environment.GetEnvironmentVariable(ProfileVariable);
        if (new CredentialProfileStoreChain().TryGetAWSCredentials(string.IsNullOrEmpty(profile) ? "default" : profile, out var fromProfile))
        {
            return fromProfile;
        }

        return new BasicAWSCredentials("dynamodblocal", "dynamodblocal");
    }
}
