using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Ardalis.Specification;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories.Testing.Fakes;

// The Ardalis read methods: planned by the production planner, then evaluated in memory.
public partial class InMemoryDynamoRepository<T>
{
    /// <inheritdoc/>
    public virtual Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, null, TakeMode.Cap, 1).FirstOrDefault());

    /// <inheritdoc/>
    public virtual Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var results = Project(specification, TakeMode.Cap, 1);
        return Task.FromResult(results.Count == 0 ? default : results[0]);
    }

    /// <inheritdoc/>
    public virtual Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = Evaluate(specification, null, TakeMode.Cap, 2);
        return Task.FromResult(entities.Count switch
        {
            0 => null,
            1 => entities[0],
            _ => throw MoreThanOne(),
        });
    }

    /// <inheritdoc/>
    public virtual Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var results = Project(specification, TakeMode.Cap, 2);
        return Task.FromResult(results.Count switch
        {
            0 => default,
            1 => results[0],
            _ => throw MoreThanOne(),
        });
    }

    /// <inheritdoc/>
    public virtual Task<List<T>> ListAsync(CancellationToken cancellationToken = default) =>
        ListAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    public virtual Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = Evaluate(specification, null, TakeMode.Specification, 0);
        return Task.FromResult(specification.PostProcessingAction is null ? entities : specification.PostProcessingAction(entities).ToList());
    }

    /// <inheritdoc/>
    public virtual Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var results = Project(specification, TakeMode.Specification, 0);
        return Task.FromResult(specification.PostProcessingAction is null ? results : specification.PostProcessingAction(results).ToList());
    }

    /// <inheritdoc/>
    public virtual Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, null, TakeMode.Ignore, 0).Count);

    /// <inheritdoc/>
    public virtual Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        CountAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    public virtual Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, null, TakeMode.Cap, 1).Count > 0);

    /// <inheritdoc/>
    public virtual Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        AnyAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    public virtual IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return StreamAsync(specification);
    }

    /// <inheritdoc/>
    public virtual async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = await ListAsync(specification, cancellationToken).ConfigureAwait(false);
        foreach (var entity in entities)
        {
            Delete(entity);
        }

        return await SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private List<T> Evaluate(ISpecification<T> specification, LambdaExpression? selector, TakeMode take, int cap)
    {
        ArgumentNullException.ThrowIfNull(specification);
        var plan = QueryPlanner<T>.Plan(Metadata, specification, Store.Options, Store.TableName(Metadata), selector, take, cap);
        return InMemoryQuery.Run(Metadata, plan, Store.Items(Metadata), specification);
    }

    private List<TResult> Project<TResult>(ISpecification<T, TResult> specification, TakeMode take, int cap)
    {
        ArgumentNullException.ThrowIfNull(specification);
        if (specification.Selector is null && specification.SelectorMany is null)
        {
            throw new UnsupportedSpecificationException(
                $"{Metadata.DisplayName}: the specification has no Select or SelectMany, so there is nothing to project to {typeof(TResult).Name}. Add Query.Select(...).",
                typeof(T),
                "Select");
        }

        var entities = Evaluate(specification, specification.Selector, take, cap);
        if (specification.Selector is not null)
        {
            var select = specification.Selector.Compile();
            return entities.ConvertAll(e => select(e));
        }

        var selectMany = specification.SelectorMany!.Compile();
        return entities.SelectMany(selectMany).ToList();
    }

    private async IAsyncEnumerable<T> StreamAsync(ISpecification<T> specification, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var entities = Evaluate(specification, null, TakeMode.Specification, 0);
        RejectPostProcessing(specification, nameof(AsAsyncEnumerable));
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entity;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private void RejectPostProcessing(ISpecification<T> specification, string method)
    {
        if (specification.PostProcessingAction is not null)
        {
            throw new UnsupportedSpecificationException(
                $"{Metadata.DisplayName}: the specification has a PostProcessingAction, which {method} cannot apply to a stream of pages. Use ListAsync, or move the step out of the specification.",
                typeof(T),
                "PostProcessingAction");
        }
    }

    private InvalidOperationException MoreThanOne() =>
        new($"{Metadata.DisplayName}: SingleOrDefaultAsync found more than one item matching the specification. Pin both keys, or use FirstOrDefaultAsync.");
}
