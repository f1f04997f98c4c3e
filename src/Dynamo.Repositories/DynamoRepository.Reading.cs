using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Ardalis.Specification;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories;

// Planning and streaming shared by the specification reads.
public partial class DynamoRepository<T>
{
    internal QueryPlan Plan(ISpecification<T> specification, LambdaExpression? selector = null, TakeMode take = TakeMode.Specification, int cap = 0)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return QueryPlanner<T>.Plan(Metadata, specification, Options, TableName, selector, take, cap);
    }

    /// <summary>Gets the materializer of this repository's entities (straight from the response JSON on the wire path).</summary>
    internal EntityMaterializer<T> Entities => EntityMaterializer<T>.For(Metadata);

    /// <summary>Streams the items of a plan page by page as <paramref name="materializer"/> makes them, stopping at its Take (counted after the filter).</summary>
    internal IAsyncEnumerable<TItem> ReadItemsAsync<TItem>(QueryPlan plan, IItemMaterializer<TItem> materializer, CancellationToken cancellationToken = default) =>
        Context.Plans.ItemsAsync(plan, null, plan.Take, plan.Skip, materializer, cancellationToken);

    private Task<List<T>> ReadEntitiesAsync(QueryPlan plan, CancellationToken cancellationToken) =>
        Context.Plans.ListAsync(plan, Entities, cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync(ISpecification<T> specification, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var plan = Plan(specification);
        RejectPostProcessing(specification, nameof(AsAsyncEnumerable));
        await foreach (var entity in ReadItemsAsync(plan, Entities, cancellationToken).ConfigureAwait(false))
        {
            yield return entity;
        }
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
}
