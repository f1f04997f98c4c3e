namespace Dynamo.Repositories.Events;

/// <summary>
/// Delivers the outbox's undelivered records at least once. The hosted relay (<c>AddDynamoOutboxRelay()</c>) calls it in
/// a loop; call it yourself from a scheduled job or a test.
/// </summary>
public interface IOutboxRelay
{
    /// <summary>
    /// Runs one pass: reads up to <see cref="DynamoOutboxRelayOptions.BatchSize"/> undelivered records old enough
    /// (<see cref="DynamoOutboxRelayOptions.DeliveryDelay"/>) through the sparse index, claims each with a conditional
    /// update (a record another relay holds is skipped), delivers it, and marks it delivered with another conditional update.
    /// </summary>
    /// <param name="cancellationToken">Stops the pass; a claimed record not yet delivered is retried when its lease expires.</param>
    /// <returns>The number of records this pass delivered.</returns>
    Task<int> DeliverPendingAsync(CancellationToken cancellationToken = default);
}
