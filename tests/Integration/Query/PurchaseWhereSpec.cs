using System.Linq.Expressions;
using Ardalis.Specification;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>A specification of purchases from one condition and optional further builder steps.</summary>
public sealed class PurchaseWhereSpec : Specification<Purchase>
{
    public PurchaseWhereSpec(Expression<Func<Purchase, bool>> where, Action<ISpecificationBuilder<Purchase>>? more = null)
    {
        Query.Where(where);
        more?.Invoke(Query);
    }
}
