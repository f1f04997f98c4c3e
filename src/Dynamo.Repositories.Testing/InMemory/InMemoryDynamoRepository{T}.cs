using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>
/// An in-memory <see cref="IDynamoRepository{T}"/> over an <see cref="InMemoryUnitOfWork"/>: writes stage into it
/// with the same checks as DynamoDB (existing keys, versions), and specifications are planned by the library's own
/// planner (so Skip, ordering by a non-key attribute or a refused scan fail here too) and then evaluated in memory.
/// </summary>
/// <typeparam name="T">The entity type, mapped by a configuration given to the unit of work.</typeparam>
public sealed partial class InMemoryDynamoRepository<T> : IDynamoRepository<T>
    where T : class
{
    private readonly InMemoryUnitOfWork _unitOfWork;
    private readonly EntityMetadata<T> _metadata;

    /// <summary>Initializes a new instance of the <see cref="InMemoryDynamoRepository{T}"/> class.</summary>
    /// <param name="unitOfWork">The unit of work that holds the data and the staged writes.</param>
    public InMemoryDynamoRepository(InMemoryUnitOfWork unitOfWork)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        _unitOfWork = unitOfWork;
        _metadata = unitOfWork.Model.Get<T>();
    }

    /// <inheritdoc/>
    public IUnitOfWork UnitOfWork => _unitOfWork;

    /// <inheritdoc/>
    public void Add(T entity) => Stage(StagedWriteKind.Add, entity);

    /// <inheritdoc/>
    public void Update(T entity) => Stage(StagedWriteKind.Update, entity);

    /// <inheritdoc/>
    public void Upsert(T entity) => Stage(StagedWriteKind.Upsert, entity);

    /// <inheritdoc/>
    public void Delete(T entity) => Stage(StagedWriteKind.Delete, entity);

    /// <inheritdoc/>
    public void Check(EntityKey key, Expression<Func<T, bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var identity = InMemoryUnitOfWork.Identity(_metadata.KeyOf(key));
        var description = EntityMetadata<T>.DescribeKey(key);
        var predicate = condition.Compile();
        _unitOfWork.Stage(
            new InMemoryWrite(StagedWriteKind.Check, typeof(T), description, null),
            uow =>
            {
                if (!uow.Table<T>().TryGetValue(identity, out var item) || !predicate(_metadata.FromItem(item)))
                {
                    throw new ConditionCheckFailedException($"{typeof(T).Name} {description}: the condition '{condition}' does not hold.", typeof(T), description);
                }
            },
            _ => { });
    }

    /// <inheritdoc/>
    public async Task<T> UpsertAsync(T entity, CancellationToken cancellationToken = default)
    {
        Upsert(entity);
        await _unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc/>
    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        Add(entity);
        await _unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return entity;
    }

    /// <inheritdoc/>
    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var list = entities.ToList();
        list.ForEach(Add);
        await _unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc/>
    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        Update(entity);
        return _unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            Update(entity);
        }

        return _unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        Delete(entity);
        return _unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        foreach (var entity in entities)
        {
            Delete(entity);
        }

        return _unitOfWork.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        foreach (var entity in await ListAsync(specification, cancellationToken).ConfigureAwait(false))
        {
            Delete(entity);
        }

        return await _unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => _unitOfWork.SaveChangesAsync(cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Writes each entity at once, unconditionally, outside the unit of work (as BatchWriteItem does).</remarks>
    public Task<int> BulkPutNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var count = 0;
        foreach (var entity in entities)
        {
            _unitOfWork.Table<T>()[InMemoryUnitOfWork.Identity(_metadata.KeyOf(entity))] = _metadata.ToItem(entity);
            count++;
        }

        return Task.FromResult(count);
    }

    /// <inheritdoc/>
    /// <remarks>Deletes each key at once, unconditionally, outside the unit of work (as BatchWriteItem does).</remarks>
    public Task<int> BulkDeleteNonAtomicAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var count = 0;
        foreach (var entity in entities)
        {
            _unitOfWork.Table<T>().Remove(InMemoryUnitOfWork.Identity(_metadata.KeyOf(entity)));
            count++;
        }

        return Task.FromResult(count);
    }

    private void Stage(StagedWriteKind kind, T entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var identity = InMemoryUnitOfWork.Identity(_metadata.KeyOf(entity));
        var description = _metadata.DescribeKey(entity);
        var loaded = _metadata.GetVersion(entity);
        var versioned = _metadata.Version is not null;
        _unitOfWork.Stage(
            new InMemoryWrite(kind, typeof(T), description, entity),
            uow =>
            {
                var exists = uow.Table<T>().TryGetValue(identity, out var stored);
                var storedVersion = exists && versioned ? _metadata.GetVersion(_metadata.FromItem(stored!)) : null;
                var conflict = kind switch
                {
                    StagedWriteKind.Add => exists,
                    StagedWriteKind.Update or StagedWriteKind.Delete => !exists || (versioned && storedVersion != loaded),
                    _ => exists && versioned && storedVersion != loaded,
                };
                if (conflict)
                {
                    throw new ConcurrencyConflictException(
                        $"{typeof(T).Name} {description}: the {kind} conflicts with the stored item ({(exists ? $"stored version {storedVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}" : "no item")}, expected {loaded?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}). Reload and retry, or discard.",
                        typeof(T),
                        description,
                        loaded,
                        storedVersion);
                }
            },
            uow =>
            {
                if (kind == StagedWriteKind.Delete)
                {
                    uow.Table<T>().Remove(identity);
                    return;
                }

                if (versioned)
                {
                    _metadata.SetVersion(entity, (loaded ?? 0) + 1);
                }

                uow.Table<T>()[identity] = _metadata.ToItem(entity);
            });
    }
}
