using System.Globalization;
using System.Linq.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Expressions;

/// <summary>
/// Translates one predicate over an entity into DynamoDB condition syntax, with every name and value as a
/// placeholder. Parts that do not depend on the entity are evaluated and folded away.
/// </summary>
internal sealed partial class ConditionTranslator
{
    private const int MaxInOperands = 100;

    private readonly EntityMetadata _entity;
    private readonly ExpressionAttributes _attributes;
    private readonly LambdaExpression _lambda;
    private readonly ParameterExpression _parameter;

    public ConditionTranslator(EntityMetadata entity, LambdaExpression lambda, ExpressionAttributes attributes)
    {
        _entity = entity;
        _lambda = lambda;
        _attributes = attributes;
        _parameter = lambda.Parameters[0];
    }

    /// <summary>Translates the whole predicate.</summary>
    public Condition Translate() => Translate(_lambda.Body);

    /// <summary>Translates a boolean sub-expression of the predicate.</summary>
    public Condition Translate(Expression node)
    {
        if (!ExpressionValues.DependsOn(node, _parameter))
        {
            return ExpressionValues.Evaluate(node) is true ? Condition.True : Condition.False;
        }

        switch (node.NodeType)
        {
            case ExpressionType.AndAlso:
            case ExpressionType.And when node.Type == typeof(bool):
                var and = (BinaryExpression)node;
                return Condition.And(Translate(and.Left), Translate(and.Right));
            case ExpressionType.OrElse:
            case ExpressionType.Or when node.Type == typeof(bool):
                var or = (BinaryExpression)node;
                return Condition.Or(Translate(or.Left), Translate(or.Right));
            case ExpressionType.Not:
                return Condition.Not(Translate(((UnaryExpression)node).Operand));
            case ExpressionType.Convert:
                return Translate(((UnaryExpression)node).Operand);
            case ExpressionType.Equal:
            case ExpressionType.NotEqual:
            case ExpressionType.LessThan:
            case ExpressionType.LessThanOrEqual:
            case ExpressionType.GreaterThan:
            case ExpressionType.GreaterThanOrEqual:
                return Comparison((BinaryExpression)node);
            case ExpressionType.MemberAccess when node.Type == typeof(bool) || node.Type == typeof(bool?):
                var path = RequirePath(node);
                return Condition.Of($"{path.Write(_attributes)} = {_attributes.Value(new Amazon.DynamoDBv2.Model.AttributeValue { BOOL = true })}");
            case ExpressionType.Call:
                return Call((MethodCallExpression)node);
            default:
                throw Unsupported(node, "DynamoDB conditions support comparisons, &&, ||, !, null checks, StartsWith, Contains, string.IsNullOrEmpty, Length/Count (size) and collection Contains.");
        }
    }

    private Condition Comparison(BinaryExpression node)
    {
        var left = ExpressionValues.StripConvert(node.Left);
        var right = ExpressionValues.StripConvert(node.Right);
        var op = node.NodeType;

        // a.CompareTo(b) > 0 and string.Compare(a, b) > 0: the only way C# compares strings with < and >.
        if (TryCompareOperands(left, right, out var a, out var b))
        {
            (left, right) = (a, b);
        }
        else if (TryCompareOperands(right, left, out a, out b))
        {
            (left, right, op) = (a, b, Swap(op));
        }

        var leftIsEntity = ExpressionValues.DependsOn(left, _parameter);
        var rightIsEntity = ExpressionValues.DependsOn(right, _parameter);
        if (!leftIsEntity)
        {
            (left, right, op, leftIsEntity, rightIsEntity) = (right, left, Swap(op), rightIsEntity, leftIsEntity);
        }

        var leftOperand = Operand(left, out var leftPath);
        if (rightIsEntity)
        {
            var rightOperand = Operand(right, out _);
            return Condition.Of($"{leftOperand} {Operator(op, node)} {rightOperand}");
        }

        var value = ExpressionValues.Evaluate(right);
        if (value is null)
        {
            if (leftPath is null)
            {
                throw Unsupported(node, "a size cannot be compared with null.");
            }

            return op switch
            {
                ExpressionType.Equal => Condition.Of($"attribute_not_exists({leftOperand})"),
                ExpressionType.NotEqual => Condition.Of($"attribute_exists({leftOperand})"),
                _ => throw Unsupported(node, "null can only be compared with == or != (attribute_not_exists / attribute_exists)."),
            };
        }

        var attributeValue = leftPath is null
            ? new Amazon.DynamoDBv2.Model.AttributeValue { N = Convert.ToString(value, CultureInfo.InvariantCulture) }
            : WriteValue(leftPath.Leaf, value, node);
        return Condition.Of($"{leftOperand} {Operator(op, node)} {_attributes.Value(attributeValue)}");
    }

    /// <summary>Writes an operand: an attribute path, or <c>size(path)</c> for <c>.Length</c>/<c>.Count</c>.</summary>
    private string Operand(Expression expression, out AttributePath? path)
    {
        path = null;
        if (expression is MemberExpression { Member.Name: "Length" or "Count", Expression: { } owner }
            && (owner.Type == typeof(string) || typeof(System.Collections.IEnumerable).IsAssignableFrom(owner.Type))
            && AttributePath.TryResolve(owner, _parameter, _entity, Describe) is { } sized)
        {
            return $"size({sized.Write(_attributes)})";
        }

        path = AttributePath.TryResolve(expression, _parameter, _entity, Describe);
        if (path is not null)
        {
            return path.Write(_attributes);
        }

        if (expression is MethodCallExpression { Method.Name: "Count", Arguments.Count: 1 } count
            && count.Method.DeclaringType == typeof(Enumerable)
            && AttributePath.TryResolve(count.Arguments[0], _parameter, _entity, Describe) is { } counted)
        {
            return $"size({counted.Write(_attributes)})";
        }

        throw Unsupported(expression, "only mapped members (and their Length or Count) can be compared.");
    }

    private static bool TryCompareOperands(Expression call, Expression zero, out Expression a, out Expression b)
    {
        a = b = call;
        if (zero is not ConstantExpression { Value: 0 })
        {
            return false;
        }

        switch (call)
        {
            case MethodCallExpression { Method.Name: "CompareTo", Object: { } instance, Arguments.Count: 1 } compareTo:
                (a, b) = (instance, compareTo.Arguments[0]);
                return true;
            case MethodCallExpression { Method.Name: "Compare", Object: null, Arguments.Count: >= 2 } compare
                when compare.Method.DeclaringType == typeof(string):
                (a, b) = (compare.Arguments[0], compare.Arguments[1]);
                return true;
            default:
                return false;
        }
    }

    private static ExpressionType Swap(ExpressionType op) => op switch
    {
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        _ => op,
    };

    private string Operator(ExpressionType op, Expression node) => op switch
    {
        ExpressionType.Equal => "=",
        ExpressionType.NotEqual => "<>",
        ExpressionType.LessThan => "<",
        ExpressionType.LessThanOrEqual => "<=",
        ExpressionType.GreaterThan => ">",
        ExpressionType.GreaterThanOrEqual => ">=",
        _ => throw Unsupported(node, "unknown comparison."),
    };

    private AttributePath RequirePath(Expression expression) =>
        AttributePath.TryResolve(expression, _parameter, _entity, Describe)
        ?? throw Unsupported(expression, "only mapped members of the entity can be tested.");

    /// <summary>Converts a value to the attribute value of a property, adapting what C# widened (enum to int, int to long...).</summary>
    internal Amazon.DynamoDBv2.Model.AttributeValue WriteValue(PropertyMetadata property, object value, Expression node)
    {
        var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (!target.IsInstanceOfType(value) && ConvertedConverters.Of(property.Converter) is { Provider: var provider })
        {
            // A wrapper's inner value (x.Id.Value > 5, or Vogen's x.Id == 5) is written as the stored type.
            return provider.Write(provider.ClrType.IsInstanceOfType(value) ? value : ChangeType(value, provider.ClrType, property, node))
                ?? throw Unsupported(node, $"the value for {property.Name} converts to no attribute.");
        }

        if (!target.IsInstanceOfType(value))
        {
            try
            {
                value = target.IsEnum
                    ? Enum.ToObject(target, value)
                    : Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException or ArgumentException)
            {
                throw Unsupported(node, $"a {value.GetType().Name} cannot be compared with {property.Name}, a {target.Name}.");
            }
        }

        return property.ToAttributeValue(value)
            ?? throw Unsupported(node, $"the value for {property.Name} converts to no attribute.");
    }

    private object ChangeType(object value, Type target, PropertyMetadata property, Expression node)
    {
        try
        {
            return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw Unsupported(node, $"a {value.GetType().Name} cannot be compared with {property.Name}, stored as a {target.Name}.");
        }
    }

    private UnsupportedSpecificationException Unsupported(Expression node, string detail) =>
        new(Describe($"'{node}' cannot be evaluated by DynamoDB; {detail} Rewrite the condition, store a derived attribute you can compare, or filter in memory after reading."),
            _entity.ClrType,
            node.ToString());

    private string Describe(string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{_entity.DisplayName}: the condition '{_lambda}': {detail}");
}
