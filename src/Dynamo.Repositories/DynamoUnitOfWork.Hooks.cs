using System.Runtime.ExceptionServices;
using Dynamo.Repositories.Events;

namespace Dynamo.Repositories;

/// <summary>The commit's hooks: interceptors and domain events before it is prepared, after it succeeded or failed.</summary>
internal sealed partial class DynamoUnitOfWork
{
    /// <inheritdoc/>
    public async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_staged.Count == 0)
        {
            return 0;
        }

        var run = _hooks is null ? null : await _hooks.BeforeAsync(this, _staged, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return await CommitStagedAsync(cancellationToken).ConfigureAwait(false);
        }

        int committed;
        try
        {
            committed = await CommitStagedAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            await _hooks!.FailedAsync(run, exception, CancellationToken.None).ConfigureAwait(false);
            var explained = CommitHooks.Explain(run, exception);
            if (ReferenceEquals(explained, exception))
            {
                ExceptionDispatchInfo.Throw(exception);
            }

            throw explained;
        }

        await _hooks!.CommittedAsync(run, cancellationToken).ConfigureAwait(false);
        return committed;
    }
}
