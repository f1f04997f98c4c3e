namespace Dynamo.Repositories.Events;

/// <summary>The outbox relay: how often it reads the undelivered records and how it claims them. Validated at start-up.</summary>
public sealed class DynamoOutboxRelayOptions
{
    /// <summary>Gets or sets the pause between two passes when the last one found nothing (10 ms to 1 hour). Default: 5 seconds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets how many records one pass claims at most (1 to 1000). Default: 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Gets or sets how long a claimed record is reserved for the relay that claimed it; another relay takes it over
    /// only after that (1 second to 1 hour), so a relay that stops mid-delivery delays a record, never loses it. Default: 1 minute.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets or sets how old a record must be before the relay delivers it, leaving the commit's own dispatch time to
    /// mark it delivered first (zero to 1 hour). Default: 30 seconds.
    /// </summary>
    public TimeSpan DeliveryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
