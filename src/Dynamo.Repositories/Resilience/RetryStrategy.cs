namespace Dynamo.Repositories.Resilience;

/// <summary>
/// The library's one retry strategy (commits canceled by conflicts, unprocessed batch keys and items): a budget of
/// retries and a jittered exponential backoff from a base delay, capped. Callers decide what is retried
/// (<see cref="FailureClassifier"/>); this decides how often and how long to wait.
/// </summary>
/// <param name="maxRetries">The retries allowed after the first attempt (the options' <c>CommitRetryAttempts</c>).</param>
/// <param name="baseDelay">The delay before the first retry, before jitter (the options' <c>RetryBaseDelay</c>).</param>
/// <param name="timeProvider">The clock the delays run on.</param>
internal sealed class RetryStrategy(int maxRetries, TimeSpan baseDelay, TimeProvider timeProvider)
{
    /// <summary>The longest wait between two attempts, whatever the base delay and the retry number.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(20);

    /// <summary>Gets the retries allowed after the first attempt.</summary>
    public int MaxRetries { get; } = maxRetries;

    /// <summary>Returns whether another retry fits the budget after <paramref name="retriesSoFar"/> retries.</summary>
    public bool CanRetry(int retriesSoFar) => retriesSoFar < MaxRetries;

    /// <summary>Returns the delay before retry number <paramref name="retry"/> (0 for the first): base × 2^retry, capped, jittered to 50–100 %.</summary>
    public TimeSpan DelayBefore(int retry)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 16));
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter needs no cryptographic randomness.
        var jittered = capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(jittered);
    }

    /// <summary>Waits before retry number <paramref name="retry"/>.</summary>
    public Task WaitAsync(int retry, CancellationToken cancellationToken) =>
        Task.Delay(DelayBefore(retry), timeProvider, cancellationToken);
}
