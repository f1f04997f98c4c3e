using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.Events;

/// <summary>The hosted relay: passes of <see cref="IOutboxRelay.DeliverPendingAsync"/>, pausing for the poll interval when a pass delivered nothing.</summary>
internal sealed partial class OutboxRelayService(IOutboxRelay relay, IOptions<DynamoOutboxRelayOptions> options, TimeProvider timeProvider, ILogger<OutboxRelayService> logger)
    : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                delivered = await relay.DeliverPendingAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, exception);
            }

            if (delivered == 0)
            {
                try
                {
                    await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(20, LogLevel.Error, "An outbox relay pass failed; the next pass retries.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
