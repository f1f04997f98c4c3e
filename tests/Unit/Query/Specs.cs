using System.Linq.Expressions;
using Ardalis.Specification;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>Builds ad-hoc specifications for planning tests.</summary>
internal static class Specs
{
    public static Specification<Order> Orders(Expression<Func<Order, bool>>? where = null, Action<ISpecificationBuilder<Order>>? more = null)
    {
        var spec = new Specification<Order>();
        if (where is not null)
        {
            spec.Query.Where(where);
        }

        more?.Invoke(spec.Query);
        return spec;
    }
}
