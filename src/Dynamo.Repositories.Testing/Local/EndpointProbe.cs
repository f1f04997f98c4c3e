using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.Local;

/// <summary>Polls an endpoint with <c>ListTables</c> until it answers, the emulator exits, or the time is up.</summary>
internal static class EndpointProbe
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Returns once <paramref name="serviceUrl"/> answers <c>ListTables</c>.</summary>
    /// <param name="serviceUrl">The endpoint.</param>
    /// <param name="timeout">How long to keep trying.</param>
    /// <param name="emulator">The process serving the endpoint, if this library started it; its exit ends the wait at once.</param>
    /// <param name="source">Where the endpoint came from, to name in errors.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="DynamoDbLocalException">The process exited, or the endpoint did not answer in time.</exception>
    public static async Task WaitUntilReadyAsync(string serviceUrl, TimeSpan timeout, EmulatorProcess? emulator, string source, CancellationToken cancellationToken)
    {
        using var client = DynamoDbLocal.CreateClient(serviceUrl, RequestTimeout);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        Exception? lastError = null;
        while (true)
        {
            if (emulator is { HasExited: true })
            {
                await emulator.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                throw new EmulatorExitedException(
                    $"DynamoDB Local exited with code {emulator.ExitCode} before answering on {serviceUrl}. Its last output:{System.Environment.NewLine}{emulator.Output}",
                    emulator.Output);
            }

            try
            {
                await client.ListTablesAsync(new ListTablesRequest { Limit = 1 }, limit.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not DynamoDbLocalException)
            {
                lastError = exception is OperationCanceledException ? lastError : exception;
            }

            try
            {
                await Task.Delay(PollInterval, limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Time is up: reported below.
            }

            if (limit.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var output = emulator is null ? string.Empty : $" Its last output:{System.Environment.NewLine}{emulator.Output}";
                throw new DynamoDbLocalException(
                    $"DynamoDB at {serviceUrl} ({source}) did not answer ListTables within {timeout.TotalSeconds:0.#} s (DynamoDbLocalOptions.StartTimeout). Last error: {lastError?.Message ?? "none"}.{output}",
                    lastError);
            }
        }
    }
}
