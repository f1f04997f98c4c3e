namespace Dynamo.Repositories.Telemetry;

/// <summary>The values of the <c>dynamo_repositories.retry.reason</c> tag: a small, fixed set.</summary>
internal static class RetryReasons
{
    /// <summary>A transaction conflict or a transaction in progress on an item.</summary>
    public const string Conflict = "conflict";

    /// <summary>Throttling (provisioned throughput, request limit, on-demand maximum).</summary>
    public const string Throttling = "throttling";

    /// <summary>HTTP 5xx or a transport error.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>Items or keys that a batch call left unprocessed.</summary>
    public const string Unprocessed = "unprocessed";
}
