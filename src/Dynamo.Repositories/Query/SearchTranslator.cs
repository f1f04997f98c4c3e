using System.Linq.Expressions;
using System.Reflection;
using Ardalis.Specification;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Rewrites Ardalis <c>Search</c> criteria (SQL LIKE patterns) as predicates DynamoDB can evaluate:
/// <c>%term%</c> as contains, <c>term%</c> as begins_with, <c>term</c> as equality. Criteria of one group are
/// OR-ed, groups are AND-ed, as Ardalis does.
/// </summary>
internal static class SearchTranslator
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    /// <summary>Returns one predicate per search group.</summary>
    public static IEnumerable<LambdaExpression> Translate<T>(EntityMetadata entity, ISpecification<T> specification)
    {
        foreach (var group in specification.SearchCriterias.GroupBy(c => c.SearchGroup))
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            Expression? body = null;
            foreach (var criterion in group)
            {
                var target = new ParameterReplacer(criterion.Selector.Parameters[0], parameter).Visit(criterion.Selector.Body);
                var condition = Like(entity, target, criterion.SearchTerm, criterion.Selector);
                body = body is null ? condition : Expression.OrElse(body, condition);
            }

            yield return Expression.Lambda(body!, parameter);
        }
    }

    private static Expression Like(EntityMetadata entity, Expression target, string pattern, LambdaExpression selector)
    {
        var inner = pattern.Trim('%');
        var leading = pattern.StartsWith('%');
        var trailing = pattern.EndsWith('%') && pattern.Length > 1;
        if (inner.Length == 0 || inner.IndexOfAny(['%', '_', '[']) >= 0 || (leading && !trailing))
        {
            throw new UnsupportedSpecificationException(
                $"{entity.DisplayName}: Search({selector}, \"{pattern}\") cannot be planned: DynamoDB supports the LIKE patterns '%term%' (contains), 'term%' (begins_with) and 'term' (equality), without '_' or '[...]' and without a leading '%' alone (no ends_with). Rewrite the pattern or filter in memory.",
                entity.ClrType,
                pattern);
        }

        var value = Expression.Constant(inner);
        return leading ? Expression.Call(target, StringContains, value)
            : trailing ? Expression.Call(target, StringStartsWith, value)
            : Expression.Equal(target, value);
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
