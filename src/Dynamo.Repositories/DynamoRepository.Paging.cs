using Ardalis.Specification;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories;

// Pages of a specification's results with opaque continuation tokens.
public partial class DynamoRepository<T>
{
    /// <inheritdoc/>
    /// <remarks>
    /// Each page is filled across as many DynamoDB pages as it takes (the filter runs after DynamoDB's Limit) and one
    /// matching item beyond it is read, so the last page, even when exactly full, has no token. The token resumes
    /// after the key of the last item returned, so writes and deletes between pages neither skip nor repeat items. It
    /// is encrypted and authenticated (AES-GCM; the options' <c>ContinuationTokenKey</c>, or a key per process): a
    /// token from another specification, an edited or a truncated one raises <see cref="InvalidContinuationTokenException"/>.
    /// </remarks>
    public virtual async Task<Page<T>> PageAsync(ISpecification<T> specification, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var plan = Plan(specification);
        RejectPostProcessing(specification, nameof(PageAsync));
        if (plan.Operation == QueryOperation.BatchGet)
        {
            throw new UnsupportedSpecificationException(
                $"{Metadata.DisplayName}: the specification names its items by key (read with BatchGetItem), which has no pages. Use ListAsync, or page the ids yourself.",
                typeof(T),
                "BatchGetItem");
        }

        if (plan.Skip > 0)
        {
            throw new UnsupportedSpecificationException(
                $"{Metadata.DisplayName}: PageAsync does not apply Skip: pages resume from their continuation token. Remove Skip from the specification, or use ListAsync.",
                typeof(T),
                $"Skip({specification.Skip})");
        }

        var (entities, next) = await PageReader.ReadAsync(Context.Plans, plan, Context.Tokens, pageSize, continuationToken, Entities, cancellationToken).ConfigureAwait(false);
        return new Page<T>(entities, next);
    }
}
