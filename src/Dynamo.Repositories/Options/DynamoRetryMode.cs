namespace Dynamo.Repositories.Options;

/// <summary>The AWS SDK retry mode (AWS SDK v4 has no legacy mode).</summary>
public enum DynamoRetryMode
{
    /// <summary>The SDK's standard retry mode.</summary>
    Standard,

    /// <summary>The SDK's adaptive retry mode (client-side rate limiting).</summary>
    Adaptive,
}
