namespace Dynamo.Repositories.Events;

/// <summary>The transactional outbox: where its records go and how long delivered ones are kept. Validated at start-up.</summary>
public sealed class DynamoOutboxOptions
{
    /// <summary>Gets or sets the logical name of the outbox table (the options' prefix and suffix apply). Default: <c>Outbox</c>.</summary>
    public string TableName { get; set; } = "Outbox";

    /// <summary>Gets or sets how long a delivered record is kept before DynamoDB's TTL removes it (1 minute to 365 days). Default: 7 days.</summary>
    public TimeSpan DeliveredRetention { get; set; } = TimeSpan.FromDays(7);
}
