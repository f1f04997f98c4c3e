namespace Dynamo.Repositories.Execution;

/// <summary>
/// Raised by the SDK executor (and the wire executor) when a single write failed after it had been sent more than once
/// (an earlier attempt failed in transit, so it may have been applied). The commit pipeline maps it; it never reaches callers.
/// </summary>
/// <param name="attempts">How many times the request was sent.</param>
/// <param name="innerException">The failure of the last attempt.</param>
internal sealed class ResentRequestFailedException(int attempts, Exception innerException)
    : Exception($"The request failed after it was sent {attempts} times.", innerException)
{
    /// <summary>Gets how many times the request was sent.</summary>
    public int Attempts { get; } = attempts;
}
