using System.Linq.Expressions;
using Dynamo.Repositories.Expressions;

namespace Dynamo.Repositories.Query;

/// <summary>Splits the specification into conditions and recognises the ones shaped like key conditions.</summary>
internal sealed partial class QueryPlanner<T>
{
    private void RejectUnsupportedParts()
    {
        if (_specification.Skip > 0 && !SkipAllowed)
        {
            throw Unsupported(
                "Skip is refused by default: DynamoDB has no offset, so the skipped items would be read, paid for and discarded. " +
                "Page with PageAsync and its continuation token instead, or accept that cost with Query.AllowSkip() in the specification (or AllowSkip in the options).",
                $"Skip({_specification.Skip})");
        }

        CheckIncludes();
    }

    private bool SkipAllowed => _options.AllowSkip
        || (_specification.Items.TryGetValue(DynamoSpecificationItems.AllowSkip, out var allow) && allow is true);

    private List<Conjunct> CollectConjuncts(out bool alwaysFalse)
    {
        alwaysFalse = false;
        var conjuncts = new List<Conjunct>();
        foreach (var where in _specification.WhereExpressions)
        {
            Split(where.Filter.Body, where.Filter, conjuncts);
        }

        foreach (var group in SearchTranslator.Translate(_entity, _specification))
        {
            Split(group.Body, group, conjuncts);
        }

        for (var i = conjuncts.Count - 1; i >= 0; i--)
        {
            var conjunct = conjuncts[i];
            if (!ExpressionValues.DependsOn(conjunct.Body, conjunct.Source.Parameters[0]))
            {
                // Captured flags such as "filter == null || ..." fold here; a false one means nothing can match.
                alwaysFalse |= ExpressionValues.Evaluate(conjunct.Body) is not true;
                conjuncts.RemoveAt(i);
            }
            else
            {
                conjuncts[i] = conjunct with { KeyShape = KeyShapeOf(conjunct) };
            }
        }

        return conjuncts;
    }

    private static void Split(Expression body, LambdaExpression source, List<Conjunct> conjuncts)
    {
        if (body is BinaryExpression { NodeType: ExpressionType.AndAlso } and)
        {
            Split(and.Left, source, conjuncts);
            Split(and.Right, source, conjuncts);
        }
        else
        {
            conjuncts.Add(new Conjunct(body, source));
        }
    }

    private (Metadata.PropertyMetadata Property, KeyPredicateKind Kind, Expression Value)? KeyShapeOf(Conjunct conjunct)
    {
        var parameter = conjunct.Source.Parameters[0];
        switch (conjunct.Body)
        {
            case BinaryExpression binary when Kind(binary.NodeType) is { } kind:
                var left = ExpressionValues.StripConvert(binary.Left);
                var right = ExpressionValues.StripConvert(binary.Right);
                if (CompareOperands(left, right) is { } compared)
                {
                    (left, right) = compared;
                }
                else if (CompareOperands(right, left) is { } swapped)
                {
                    (left, right, kind) = (swapped.Item1, swapped.Item2, Mirror(kind));
                }

                if (!ExpressionValues.DependsOn(left, parameter))
                {
                    (left, right, kind) = (right, left, Mirror(kind));
                }

                if (ExpressionValues.DependsOn(right, parameter) || ExpressionValues.Evaluate(right) is null)
                {
                    return null;
                }

                return TopLevel(left, parameter, conjunct.Source) is { } property ? (property, kind, right) : null;
            case MethodCallExpression { Method.Name: "StartsWith", Object: { } target } call
                when call.Method.DeclaringType == typeof(string) && call.Arguments[0].Type == typeof(string)
                    && (call.Arguments.Count == 1 || call.Arguments[1] is ConstantExpression { Value: StringComparison.Ordinal })
                    && !ExpressionValues.DependsOn(call.Arguments[0], parameter):
                return TopLevel(target, parameter, conjunct.Source) is { } prefixed ? (prefixed, KeyPredicateKind.BeginsWith, call.Arguments[0]) : null;
            default:
                return null;
        }
    }

    private Metadata.PropertyMetadata? TopLevel(Expression expression, ParameterExpression parameter, LambdaExpression source)
    {
        var path = AttributePath.TryResolve(expression, parameter, _entity, detail => $"{_entity.DisplayName}: the condition '{source}': {detail}");
        return path is { IsTopLevel: true } ? path.Leaf : null;
    }

    private static (Expression, Expression)? CompareOperands(Expression call, Expression zero)
    {
        if (zero is not ConstantExpression { Value: 0 })
        {
            return null;
        }

        return call switch
        {
            MethodCallExpression { Method.Name: "CompareTo", Object: { } instance, Arguments.Count: 1 } compareTo => (instance, compareTo.Arguments[0]),
            MethodCallExpression { Method.Name: "Compare", Object: null, Arguments.Count: >= 2 } compare
                when compare.Method.DeclaringType == typeof(string) => (compare.Arguments[0], compare.Arguments[1]),
            _ => null,
        };
    }

    private static KeyPredicateKind? Kind(ExpressionType type) => type switch
    {
        ExpressionType.Equal => KeyPredicateKind.Equal,
        ExpressionType.LessThan => KeyPredicateKind.LessThan,
        ExpressionType.LessThanOrEqual => KeyPredicateKind.LessThanOrEqual,
        ExpressionType.GreaterThan => KeyPredicateKind.GreaterThan,
        ExpressionType.GreaterThanOrEqual => KeyPredicateKind.GreaterThanOrEqual,
        _ => null,
    };

    private static KeyPredicateKind Mirror(KeyPredicateKind kind) => kind switch
    {
        KeyPredicateKind.LessThan => KeyPredicateKind.GreaterThan,
        KeyPredicateKind.LessThanOrEqual => KeyPredicateKind.GreaterThanOrEqual,
        KeyPredicateKind.GreaterThan => KeyPredicateKind.LessThan,
        KeyPredicateKind.GreaterThanOrEqual => KeyPredicateKind.LessThanOrEqual,
        _ => kind,
    };
}
