using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dynamo.Repositories.HealthChecks;

/// <summary>The settings of the health check added by <c>services.AddHealthChecks().AddDynamoRepositories()</c>.</summary>
public sealed class DynamoHealthCheckOptions
{
    /// <summary>The default registration name, <c>"dynamodb"</c>.</summary>
    public const string DefaultName = "dynamodb";

    /// <summary>Gets or sets the name of the registration. Default: <c>"dynamodb"</c>.</summary>
    public string Name { get; set; } = DefaultName;

    /// <summary>
    /// Gets the tables to check, by logical name (as in <c>ToTable("Orders")</c>) or physical name; empty (the default)
    /// checks every table of the configured entities.
    /// </summary>
    public IList<string> Tables { get; } = [];

    /// <summary>Gets the tags of the registration, to select checks with <c>HealthCheckOptions.Predicate</c> (e.g. <c>"ready"</c>).</summary>
    public IList<string> Tags { get; } = [];

    /// <summary>Gets or sets how long the whole check may take; past it the check reports <see cref="FailureStatus"/>. Default: 5 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the status reported when DynamoDB is unreachable, a table is missing or the check times out. Default: <see cref="HealthStatus.Unhealthy"/>.</summary>
    public HealthStatus FailureStatus { get; set; } = HealthStatus.Unhealthy;
}
