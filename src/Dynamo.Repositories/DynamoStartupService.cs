using Microsoft.Extensions.Hosting;

namespace Dynamo.Repositories;

/// <summary>
/// Runs when the generic host starts: builds the entity model (so a configuration mistake stops the host with a
/// message naming the entity and property) and creates the tables when the options ask for it.
/// </summary>
internal sealed class DynamoStartupService(IServiceProvider services) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => services.InitializeDynamoRepositoriesAsync(cancellationToken);

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
