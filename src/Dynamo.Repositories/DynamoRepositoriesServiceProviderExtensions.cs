using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories;

/// <summary>Start-up for applications without a generic host (console tools, tests).</summary>
public static class DynamoRepositoriesServiceProviderExtensions
{
    /// <summary>
    /// Does what the hosted service does when a generic host starts: validates the options, builds the entity model
    /// (throwing <see cref="EntityConfigurationException"/> for a configuration mistake) and, when
    /// <see cref="DynamoRepositoryOptions.CreateTablesOnStartup"/> is set, creates the missing tables.
    /// </summary>
    /// <param name="services">The root service provider built from a collection passed to <c>AddDynamoRepositories</c>.</param>
    /// <param name="cancellationToken">Cancels the table creation.</param>
    /// <returns>A task that completes when the repositories are ready.</returns>
    public static async Task InitializeDynamoRepositoriesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var model = services.GetRequiredService<EntityModel>();
        var options = services.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value;
        DynamoStartupChecks.Report(services, options, model);
        if (options.CreateTablesOnStartup)
        {
            await services.GetRequiredService<IDynamoTableManager>().CreateTablesAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
