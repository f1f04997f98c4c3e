using System.Linq.Expressions;
using System.Reflection;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Writes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>
/// The unit of work of an <see cref="InMemoryDynamoStore"/>: repositories stage writes into it and
/// <see cref="SaveChangesAsync"/> commits them to the store atomically.
/// </summary>
/// <remarks>
/// Staging is the production unit of work's own code, so folding (Add then Update stays an Add, Add then Delete
/// cancels out, ...), null-key checks and condition translation behave and fail identically. A commit checks the
/// production limits (at most 100 actions, no item twice, item and transaction sizes) with the production planner,
/// then evaluates every condition against the store (Add: key absent; Update and Delete: item present and, for
/// versioned entities, stored version equal to the loaded one; Upsert of a versioned entity: absent or same version;
/// Check: item present and predicate true) before applying anything. A failure raises the production exception
/// (for example <see cref="ConcurrencyConflictException"/> with the production message), changes nothing and keeps
/// the writes staged; a success applies every write, bumps the versions of the written entities, records the writes
/// in <see cref="InMemoryDynamoStore.Committed"/> and clears the staged writes.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The staging unit of work's Dispose only logs unsaved writes; it holds no resource.")]
public sealed partial class InMemoryUnitOfWork : IUnitOfWork
{
    private readonly InMemoryDynamoStore _store;
    private readonly DynamoUnitOfWork _staging;
    private readonly Dictionary<StagedWrite, Func<Dictionary<string, AttributeValue>, bool>> _checks = new(ReferenceEqualityComparer.Instance);

    internal InMemoryUnitOfWork(InMemoryDynamoStore store)
    {
        _store = store;

        // The production unit of work is used for staging only; its client refuses any request, so nothing can leave the process.
        _staging = new DynamoUnitOfWork(
            new Execution.SdkExecutor(DispatchProxy.Create<IAmazonDynamoDB, NoNetworkClient>()),
            Microsoft.Extensions.Options.Options.Create(store.Options),
            TimeProvider.System,
            NullLogger<DynamoUnitOfWork>.Instance);
    }

    /// <inheritdoc/>
    public int PendingCount => _staging.PendingCount;

    /// <inheritdoc/>
    public void DiscardChanges()
    {
        _staging.DiscardChanges();
        _checks.Clear();
    }

    /// <summary>Stages an Add, Update, Upsert or Delete with the production folding rules.</summary>
    internal void Stage<T>(EntityMetadata<T> metadata, T entity, StagedWriteKind kind)
        where T : class =>
        _staging.Stage(metadata, _store.TableName(metadata), entity, kind);

    /// <summary>Stages a condition check; the predicate is translated as in production (so an unsupported one fails here) and evaluated in memory at commit.</summary>
    internal void StageCheck<T>(EntityMetadata<T> metadata, EntityKey key, Expression<Func<T, bool>> condition)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(condition);
        _staging.StageCheck(metadata, _store.TableName(metadata), key, condition);
        var predicate = condition.Compile();
        _checks[_staging.Staged[^1]] = item => predicate(metadata.FromItem(AttributeValueCopier.Copy(item)));
    }

    /// <summary>A client for the staging unit of work that fails if anything tries to send a request.</summary>
#pragma warning disable CA1812 // Instantiated by DispatchProxy.
    internal class NoNetworkClient : DispatchProxy
#pragma warning restore CA1812
    {
        /// <inheritdoc/>
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException($"The in-memory unit of work never sends requests to DynamoDB ({targetMethod?.Name} was called).");
    }
}
