using Dynamo.Repositories.Mapping;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.Events;

/// <summary>Maps the outbox table: key <c>Id</c>, TTL <c>ExpiresAt</c>, sparse index <c>Undelivered</c> (Undelivered, Id); attributes are named as the properties.</summary>
internal sealed class OutboxRecordConfiguration(IOptions<DynamoOutboxOptions> options) : IDynamoEntityConfiguration<OutboxRecord>
{
    /// <inheritdoc/>
    public void Configure(DynamoEntityBuilder<OutboxRecord> builder)
    {
        builder.ToTable(options.Value.TableName);
        builder.HasPartitionKey(r => r.Id);
        builder.HasVersion(r => r.Version);
        builder.HasTimeToLive(r => r.ExpiresAt);
        builder.HasGlobalIndex(OutboxRecord.UndeliveredIndex, r => r.Undelivered, r => r.Id);
    }
}
