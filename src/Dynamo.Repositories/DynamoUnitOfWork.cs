using System.Linq.Expressions;
using Dynamo.Repositories.Events;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Resilience;
using Dynamo.Repositories.Writes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories;

/// <summary>
/// The scope's unit of work, a thin façade over a <see cref="ChangeTracker"/> (stage, fold, count, discard) and a
/// <see cref="CommitExecutor"/> (prepare, send, map failures, complete): <see cref="SaveChangesAsync"/> commits the
/// staged writes as one conditional write (one staged write) or one TransactWriteItems request (two to one hundred).
/// Like a DbContext it is not thread-safe: use it from one logical flow at a time.
/// </summary>
internal sealed class DynamoUnitOfWork : IUnitOfWork, IDisposable
{
    private readonly ChangeTracker _tracker = new();
    private readonly CommitExecutor _commits;
    private readonly ILogger<DynamoUnitOfWork> _logger;
    private readonly CommitHooks? _hooks;

    private static readonly Task<int> NothingSaved = Task.FromResult(0);

    /// <summary>Initializes a new instance of the <see cref="DynamoUnitOfWork"/> class.</summary>
    public DynamoUnitOfWork(
        IDynamoExecutor executor, IOptions<DynamoRepositoryOptions> options, TimeProvider timeProvider, ILogger<DynamoUnitOfWork> logger, CommitHooks? hooks = null)
    {
        _hooks = hooks;
        ArgumentNullException.ThrowIfNull(executor);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
        var retry = new RetryStrategy(options.Value.CommitRetryAttempts, options.Value.RetryBaseDelay, timeProvider);
        _commits = new CommitExecutor(executor, retry, logger);
    }

    /// <inheritdoc/>
    public int PendingCount => _tracker.Count;

    /// <summary>Gets the staged writes, in staging order.</summary>
    internal IReadOnlyList<StagedWrite> Staged => _tracker.Staged;

    /// <inheritdoc/>
    public void DiscardChanges() => _tracker.Clear();

    /// <inheritdoc/>
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<int>(cancellationToken);
        }

        if (_tracker.Count == 0)
        {
            return NothingSaved;
        }

        // No interceptor and no domain events: the commit is the only async layer (the executor forgets what it wrote).
        return _hooks is null || _hooks.Idle ? _commits.CommitAsync(_tracker, cancellationToken) : SaveWithHooksAsync(cancellationToken);
    }

    private async Task<int> SaveWithHooksAsync(CancellationToken cancellationToken)
    {
        // Interceptors and the outbox run before the snapshot, so what they stage is part of this commit.
        var run = await _hooks!.BeforeAsync(this, _tracker.Staged, cancellationToken).ConfigureAwait(false);
        int count;
        try
        {
            count = await _commits.CommitAsync(_tracker, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (run is not null)
        {
            await _hooks.FailedAsync(run, exception, CancellationToken.None).ConfigureAwait(false);
            if (CommitHooks.Explain(run, exception) is { } explained && !ReferenceEquals(explained, exception))
            {
                throw explained;
            }

            throw;
        }

        if (run is not null)
        {
            await _hooks.CommittedAsync(run, cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    /// <summary>Stages an Add, Update, Upsert or Delete of an entity, folding it with an earlier write of the same instance.</summary>
    internal void Stage<T>(EntityMetadata<T> metadata, string tableName, T entity, StagedWriteKind kind)
        where T : class => _tracker.Stage(metadata, tableName, entity, kind);

    /// <summary>Stages a condition on an item; the predicate is translated now, so an unsupported one fails here.</summary>
    internal void StageCheck<T>(EntityMetadata<T> metadata, string tableName, EntityKey key, Expression<Func<T, bool>> condition)
        where T : class => _tracker.StageCheck(metadata, tableName, key, condition);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_tracker.Count > 0)
        {
            WritesLog.UnsavedWritesDiscarded(_logger, _tracker.Count);
            _tracker.Clear();
        }
    }
}
