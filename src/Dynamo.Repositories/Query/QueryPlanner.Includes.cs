using System.Linq.Expressions;
using Ardalis.Specification;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Query;

// Include/ThenInclude of what the item already holds (an embedded object or collection) is a no-op; anything else
// would be a join, which DynamoDB does not have.
internal sealed partial class QueryPlanner<T>
{
    private void CheckIncludes()
    {
        ObjectMetadata? previous = null;
        foreach (var include in _specification.IncludeExpressions)
        {
            var owner = include.Type == IncludeTypeEnum.Include ? _entity : previous;
            var embedded = owner is null ? null : Embedded(owner, include.LambdaExpression.Body, include.LambdaExpression.Parameters[0]);
            if (embedded is null)
            {
                throw NotEmbedded(include.LambdaExpression.ToString());
            }

            previous = embedded.Nested ?? (embedded.Converter.ElementConverter as INestedConverter)?.Metadata;
        }

        foreach (var path in _specification.IncludeStrings)
        {
            ObjectMetadata? owner = _entity;
            foreach (var name in path.Split('.'))
            {
                var property = owner?.FindProperty(name) ?? throw NotEmbedded(path);
                owner = property.Nested ?? (property.Converter.ElementConverter as INestedConverter)?.Metadata;
            }
        }
    }

    private static PropertyMetadata? Embedded(ObjectMetadata owner, Expression body, ParameterExpression parameter)
    {
        var members = new Stack<MemberExpression>();
        var current = Expressions.ExpressionValues.StripConvert(body);
        while (current is MemberExpression { Expression: not null } member)
        {
            members.Push(member);
            current = Expressions.ExpressionValues.StripConvert(member.Expression);
        }

        PropertyMetadata? property = null;
        ObjectMetadata? scope = owner;
        if (current != parameter || members.Count == 0)
        {
            return null;
        }

        foreach (var member in members)
        {
            property = scope?.FindProperty(member.Member);
            if (property is null)
            {
                return null;
            }

            scope = property.Nested ?? (property.Converter.ElementConverter as INestedConverter)?.Metadata;
        }

        return property;
    }

    private UnsupportedSpecificationException NotEmbedded(string include) =>
        Unsupported(
            $"Include({include}) cannot be planned: it is not a member stored inside the item, and DynamoDB has no joins. Store the related data in the item (a nested map or list), or read the related entities with their own repository. Including an embedded member is accepted and reads nothing more.",
            include);
}
