namespace Dynamo.Repositories.Options;

/// <summary>The AWS SDK retry mode.</summary>
public enum DynamoRetryMode
{
    /// <summary>The SDK's standard retry mode.</summary>
    Standard,

    /// <summary>The SDK's adaptive retry mode (client-side rate limiting).</summary>
    Adaptive,

    /// <summary>The SDK's legacy retry mode.</summary>
    Legacy,
}
