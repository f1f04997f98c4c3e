using Dynamo.Repositories.Query;

namespace Dynamo.Repositories;

// Batch key reads with BatchGetItem.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    /// <remarks>
    /// Keys are checked before anything is sent (types, sort key present exactly when the table has one, no key
    /// twice). Unprocessed keys are retried by the library's one retry strategy (jittered, capped exponential backoff
    /// from the options' <c>RetryBaseDelay</c>); after <c>CommitRetryAttempts</c> retries without progress a
    /// <see cref="BatchIncompleteException"/> is raised. Failed requests are the AWS SDK's to retry, not retried again.
    /// </remarks>
    public virtual Task<BatchGetResult<T>> GetManyAsync(IEnumerable<EntityKey> keys, CancellationToken cancellationToken = default) =>
        new BatchReader(Context.Executor, Context.Retry, Metadata, TableName, Options.ConsistentReads).ReadAsync<T>(keys, cancellationToken);
}
