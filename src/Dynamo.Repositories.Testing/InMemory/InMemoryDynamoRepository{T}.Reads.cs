using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Amazon.DynamoDBv2.Model;
using Ardalis.Specification;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories.Testing.InMemory;

#pragma warning disable CA1062 // Every specification goes through Plan(), which throws ArgumentNullException.

// Reads: planned by the library's planner (same refusals), evaluated in memory in the order DynamoDB would return.
public sealed partial class InMemoryDynamoRepository<T>
{
    /// <inheritdoc/>
    public Task<T?> GetAsync(object partitionKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Find(new EntityKey(partitionKey)));

    /// <inheritdoc/>
    public Task<T?> GetAsync(object partitionKey, object sortKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Find(new EntityKey(partitionKey, sortKey)));

    /// <inheritdoc/>
    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        Task.FromResult(Find(id is EntityKey key ? key : new EntityKey(id)));

    /// <inheritdoc/>
    public Task<BatchGetResult<T>> GetManyAsync(IEnumerable<EntityKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<T>();
        var missing = new List<EntityKey>();
        var seen = new HashSet<EntityKey>();
        foreach (var key in keys)
        {
            if (!seen.Add(key))
            {
                throw new ArgumentException($"{typeof(T).Name}: the key {key} is asked for twice. BatchGetItem rejects duplicate keys; pass each key once.", nameof(keys));
            }

            if (Find(key) is { } entity)
            {
                found.Add(entity);
            }
            else
            {
                missing.Add(key);
            }
        }

        return Task.FromResult(new BatchGetResult<T>(found, missing));
    }

    /// <inheritdoc/>
    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).FirstOrDefault());

    /// <inheritdoc/>
    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Project(specification).FirstOrDefault());

    /// <inheritdoc/>
    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).SingleOrDefault());

    /// <inheritdoc/>
    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Project(specification).SingleOrDefault());

    /// <inheritdoc/>
    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => ListAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var entities = Evaluate(specification);
        return Task.FromResult(specification.PostProcessingAction is null ? entities : specification.PostProcessingAction(entities).ToList());
    }

    /// <inheritdoc/>
    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var results = Project(specification);
        return Task.FromResult(specification.PostProcessingAction is null ? results : specification.PostProcessingAction(results).ToList());
    }

    /// <inheritdoc/>
    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification, TakeMode.Ignore).Count);

    /// <inheritdoc/>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) => CountAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(Evaluate(specification).Count > 0);

    /// <inheritdoc/>
    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => AnyAsync(new Specification<T>(), cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Stream(Evaluate(specification));

    /// <inheritdoc/>
    /// <remarks>The token is the base64url offset into the evaluated results, bound to the specification's plan.</remarks>
    public Task<Page<T>> PageAsync(ISpecification<T> specification, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var plan = Plan(specification, TakeMode.Specification);
        var all = Evaluate(specification);
        var offset = 0;
        if (continuationToken is not null)
        {
            var parts = Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(continuationToken)).Split('|', 2);
            if (parts.Length != 2 || parts[1] != plan.Signature || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
            {
                throw new InvalidContinuationTokenException($"{typeof(T).Name}: the continuation token was issued for another specification or was edited. Pass null to start again.", typeof(T));
            }
        }

        var items = all.Skip(offset).Take(pageSize).ToList();
        var next = offset + items.Count;
        var token = next < all.Count
            ? System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(next.ToString(CultureInfo.InvariantCulture) + "|" + plan.Signature))
            : null;
        return Task.FromResult(new Page<T>(items, token));
    }

    private T? Find(EntityKey key) =>
        _unitOfWork.Table<T>().TryGetValue(InMemoryUnitOfWork.Identity(_metadata.KeyOf(key)), out var item) ? _metadata.FromItem(item) : null;

    private QueryPlan Plan(ISpecification<T> specification, TakeMode take, System.Linq.Expressions.LambdaExpression? selector = null)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return QueryPlanner<T>.Plan(_metadata, specification, _unitOfWork.Options, _metadata.TableName, selector, take);
    }

    private List<T> Evaluate(ISpecification<T> specification, TakeMode take = TakeMode.Specification)
    {
        var plan = Plan(specification, take);
        if (plan.Operation == QueryOperation.Empty)
        {
            return [];
        }

        var candidates = Ordered(plan).Select(_metadata.FromItem).Where(e => specification.WhereExpressions.All(w => w.FilterFunc(e)));
        if (specification.SearchCriterias.Any())
        {
            candidates = SearchMemoryEvaluator.Instance.Evaluate(candidates, specification);
        }

        candidates = ApplyOrder(candidates, specification);
        return (plan.Take is { } limit ? candidates.Take(limit) : candidates).ToList();
    }

    private List<TResult> Project<TResult>(ISpecification<T, TResult> specification)
    {
        var entities = Evaluate(specification);
        return specification.Selector is not null
            ? entities.Select(specification.Selector.Compile()).ToList()
            : entities.SelectMany(specification.SelectorMany?.Compile() ?? throw new UnsupportedSpecificationException($"{typeof(T).Name}: the specification has no Select.", typeof(T), "Select")).ToList();
    }

    // The order DynamoDB returns: by the sort key of the table or index queried (items without the index keys are not in a sparse index).
    private IEnumerable<Dictionary<string, AttributeValue>> Ordered(QueryPlan plan)
    {
        IEnumerable<Dictionary<string, AttributeValue>> items = _unitOfWork.Table<T>().Values;
        var sortKey = plan.Index is { } index ? index.SortKey : _metadata.SortKey;
        if (plan.Index is { } sparse)
        {
            items = items.Where(i => i.ContainsKey(sparse.PartitionKey.AttributeName) && (sparse.SortKey is null || i.ContainsKey(sparse.SortKey.AttributeName)));
        }

        if (sortKey is null || plan.Operation == QueryOperation.Scan)
        {
            return items.ToList();
        }

        var sorted = items.OrderBy(i => i[sortKey.AttributeName], AttributeOrder.Instance);
        return plan.ScanIndexForward ? sorted.ToList() : sorted.Reverse().ToList();
    }

    private static IEnumerable<T> ApplyOrder(IEnumerable<T> candidates, ISpecification<T> specification)
    {
        IOrderedEnumerable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => candidates.OrderBy(order.KeySelectorFunc),
                OrderTypeEnum.OrderByDescending => candidates.OrderByDescending(order.KeySelectorFunc),
                OrderTypeEnum.ThenBy => ordered!.ThenBy(order.KeySelectorFunc),
                _ => ordered!.ThenByDescending(order.KeySelectorFunc),
            };
            candidates = ordered;
        }

        return candidates;
    }

    private static async IAsyncEnumerable<T> Stream(List<T> entities, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var entity in entities)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entity;
            await Task.Yield();
        }
    }
}
