namespace Dynamo.Repositories;

// PLACEHOLDER owned by the unit-of-work helper (issue 4): replace with the real unit of work.
internal sealed class DynamoUnitOfWork : IUnitOfWork
{
    public int PendingCount => throw new NotSupportedException("placeholder");

    public void DiscardChanges() => throw new NotSupportedException("placeholder");

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException("placeholder");
}
