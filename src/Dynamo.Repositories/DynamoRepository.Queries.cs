using Ardalis.Specification;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories;

// The Ardalis read methods, planned into GetItem, Query or (when allowed) Scan.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    /// <remarks>
    /// <paramref name="id"/> is the partition key value for tables without a sort key, or an <see cref="EntityKey"/>
    /// holding both keys for tables with one.
    /// </remarks>
    public virtual Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(id);
        return GetByKeyAsync(id is EntityKey key ? key : new EntityKey(id), cancellationToken);
    }

    /// <inheritdoc/>
    public virtual async Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = await ReadEntitiesAsync(Plan(specification, take: TakeMode.Cap, cap: 1), cancellationToken).ConfigureAwait(false);
        return entities.Count == 0 ? null : entities[0];
    }

    /// <inheritdoc/>
    public virtual async Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var results = await ProjectAsync(specification, TakeMode.Cap, 1, cancellationToken).ConfigureAwait(false);
        return results.Count == 0 ? default : results[0];
    }

    /// <inheritdoc/>
    public virtual async Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = await ReadEntitiesAsync(Plan(specification, take: TakeMode.Cap, cap: 2), cancellationToken).ConfigureAwait(false);
        return entities.Count switch
        {
            0 => null,
            1 => entities[0],
            _ => throw MoreThanOne(),
        };
    }

    /// <inheritdoc/>
    public virtual async Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var results = await ProjectAsync(specification, TakeMode.Cap, 2, cancellationToken).ConfigureAwait(false);
        return results.Count switch
        {
            0 => default,
            1 => results[0],
            _ => throw MoreThanOne(),
        };
    }

    /// <inheritdoc/>
    /// <remarks>Reads the whole table with Scan, so it requires <c>AllowScans</c> in the options.</remarks>
    public virtual Task<List<T>> ListAsync(CancellationToken cancellationToken = default) =>
        ListAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    public virtual async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = await ReadEntitiesAsync(Plan(specification), cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is null ? entities : specification.PostProcessingAction(entities).ToList();
    }

    /// <inheritdoc/>
    public virtual async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var results = await ProjectAsync(specification, TakeMode.Specification, 0, cancellationToken).ConfigureAwait(false);
        return specification.PostProcessingAction is null ? results : specification.PostProcessingAction(results).ToList();
    }

    /// <inheritdoc/>
    /// <remarks>Counts with <c>Select = COUNT</c> over every page; like Ardalis, it ignores the specification's Take.</remarks>
    public virtual Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Context.Plans.CountAsync(Plan(specification, take: TakeMode.Ignore), cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Counts the whole table with Scan, so it requires <c>AllowScans</c> in the options.</remarks>
    public virtual Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        CountAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Stops at the first matching item.</remarks>
    public virtual async Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        await foreach (var unused in ReadItemsAsync(Plan(specification, take: TakeMode.Cap, cap: 1), PresenceMaterializer.Instance, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    /// <remarks>Reads the table with Scan (one item at most), so it requires <c>AllowScans</c> in the options.</remarks>
    public virtual Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        AnyAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Streams lazily: each DynamoDB page is requested when the previous one has been consumed.</remarks>
    public virtual IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return StreamAsync(specification);
    }

    /// <inheritdoc/>
    /// <remarks>Reads the matching entities, stages a delete of each through <see cref="Delete(T)"/>, and commits the unit of work.</remarks>
    public virtual async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = await ListAsync(specification, cancellationToken).ConfigureAwait(false);
        foreach (var entity in entities)
        {
            Delete(entity);
        }

        return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<List<TResult>> ProjectAsync<TResult>(ISpecification<T, TResult> specification, TakeMode take, int cap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.Selector is null && specification.SelectorMany is null)
        {
            throw new UnsupportedSpecificationException(
                $"{Metadata.DisplayName}: the specification has no Select or SelectMany, so there is nothing to project to {typeof(TResult).Name}. Add Query.Select(...).",
                typeof(T),
                "Select");
        }

        var plan = Plan(specification, specification.Selector, take, cap);
        var entities = await ReadEntitiesAsync(plan, cancellationToken).ConfigureAwait(false);
        if (specification.Selector is not null)
        {
            var select = specification.Selector.Compile();
            return entities.ConvertAll(e => select(e));
        }

        var selectMany = specification.SelectorMany!.Compile();
        return entities.SelectMany(selectMany).ToList();
    }

    private InvalidOperationException MoreThanOne() =>
        new($"{Metadata.DisplayName}: SingleOrDefaultAsync found more than one item matching the specification. Pin both keys, or use FirstOrDefaultAsync.");
}
