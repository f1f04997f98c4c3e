using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.Events;

/// <summary>Turns raised events into outbox records and records into delivered ones (singleton; registered with the outbox).</summary>
internal sealed class OutboxRecords(IOptions<DynamoOutboxOptions> options, TimeProvider timeProvider)
{
    /// <summary>Web defaults, cycles ignored (an event may reference its entity, which holds the event).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    /// <summary>
    /// Creates the undelivered record of an event: the id (the commit's version 7 GUID and the event's position in the
    /// commit, so ids sort by commit time, then staging order), the type, the time, the raising entity's key, the JSON payload.
    /// </summary>
    public static OutboxRecord Create(RaisedEvent raised, Guid commitId, int position, DateTimeOffset now)
    {
        var type = raised.Event.GetType();
        return new OutboxRecord
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{commitId}-{position:D2}"),
            EventType = type.FullName + ", " + type.Assembly.GetName().Name,
            OccurredAt = now,
            EntityType = raised.Metadata.DisplayName,
            EntityKey = raised.Key,
            Payload = JsonSerializer.Serialize(raised.Event, type, Json),
            Undelivered = OutboxRecord.Pending,
        };
    }

    /// <summary>Marks a record delivered: leaves the sparse index, expires after the retention.</summary>
    public void MarkDelivered(OutboxRecord record)
    {
        var now = timeProvider.GetUtcNow();
        record.Undelivered = null;
        record.LeaseUntil = null;
        record.DeliveredAt = now;
        record.ExpiresAt = now + options.Value.DeliveredRetention;
    }

    /// <summary>Gets the current time.</summary>
    public DateTimeOffset Now => timeProvider.GetUtcNow();
}
