using Ardalis.Specification;

namespace Dynamo.Repositories.Events;

/// <summary>The undelivered records, oldest first: a Query on the sparse index (equality on its partition key).</summary>
internal sealed class UndeliveredRecords : Specification<OutboxRecord>
{
    public UndeliveredRecords() => Query.Where(r => r.Undelivered == OutboxRecord.Pending).OrderBy(r => r.Id);
}
