namespace Dynamo.Repositories.Execution;

/// <summary>
/// Raised by the SDK executor when a single write failed after the AWS SDK had sent it more than once (an earlier
/// attempt failed in transit, so it may have been applied). The commit pipeline maps it; it never reaches callers.
/// </summary>
/// <param name="attempts">How many times the SDK sent the request.</param>
/// <param name="innerException">The failure of the last attempt.</param>
internal sealed class ResentRequestFailedException(int attempts, Exception innerException)
    : Exception($"The request failed after the AWS SDK sent it {attempts} times.", innerException)
{
    /// <summary>Gets how many times the SDK sent the request.</summary>
    public int Attempts { get; } = attempts;
}
