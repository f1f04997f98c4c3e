using System.Linq.Expressions;

namespace Dynamo.Repositories.Query;

/// <summary>Turns a Select of members into a ProjectionExpression.</summary>
internal sealed partial class QueryPlanner<T>
{
    private string? BuildProjection(LambdaExpression? selector, QueryTarget? target)
    {
        if (selector is null)
        {
            return null;
        }

        var collector = new MemberCollector(selector.Parameters[0]);
        collector.Visit(selector.Body);
        if (collector.UsesWholeEntity || collector.Members.Count == 0)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var member in collector.Members)
        {
            var property = _entity.FindProperty(member);
            if (property is null)
            {
                // An unmapped member (a computed property) may read anything: read the whole item.
                return null;
            }

            names.Add(property.AttributeName);
        }

        // The keys identify each item's position, for paging and for resuming after it.
        names.AddRange(PositionAttributes(target?.Index));
        return string.Join(", ", names.Distinct(StringComparer.Ordinal).Select(_attributes.Name));
    }

    private sealed class MemberCollector(ParameterExpression parameter) : ExpressionVisitor
    {
        public HashSet<System.Reflection.MemberInfo> Members { get; } = [];

        public bool UsesWholeEntity { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == parameter)
            {
                Members.Add(node.Member);
                return node;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            UsesWholeEntity |= node == parameter;
            return node;
        }
    }
}
