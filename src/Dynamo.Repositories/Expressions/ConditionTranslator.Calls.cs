using System.Collections;
using System.Linq.Expressions;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Expressions;

/// <summary>The method calls DynamoDB can evaluate: StartsWith, Contains, IsNullOrEmpty, Equals.</summary>
internal sealed partial class ConditionTranslator
{
    private Condition Call(MethodCallExpression call)
    {
        var method = call.Method;
        if (method.DeclaringType == typeof(string))
        {
            switch (method.Name)
            {
                case "StartsWith" when call.Object is not null && IsOrdinalStringCall(call):
                    return Function("begins_with", call.Object, call.Arguments[0], call);
                case "Contains" when call.Object is not null && IsOrdinalStringCall(call):
                    return Function("contains", call.Object, call.Arguments[0], call);
                case "Equals" when call.Object is not null && IsOrdinalStringCall(call):
                    return Comparison(Expression.Equal(call.Object, call.Arguments[0]));
                case "IsNullOrEmpty" when call.Object is null:
                    var path = RequirePath(call.Arguments[0]).Write(_attributes);
                    var empty = _attributes.Value(new AttributeValue { S = string.Empty });
                    return Condition.Of($"(attribute_not_exists({path}) OR {path} = {empty})");
                case "EndsWith":
                    throw Unsupported(call, "DynamoDB has no ends_with; store the reversed value and use StartsWith, or filter in memory.");
            }
        }

        if (method.Name == "Equals" && call.Object is not null && call.Arguments.Count == 1)
        {
            return Comparison(Expression.Equal(ExpressionValues.StripConvert(call.Object), ExpressionValues.StripConvert(call.Arguments[0])));
        }

        if (method.Name == "Contains" && method.DeclaringType == typeof(MemoryExtensions) && call.Arguments.Count >= 2
            && (call.Arguments.Count == 2 || call.Arguments[2] is ConstantExpression { Value: null }))
        {
            // C# 14 binds array.Contains(x) to MemoryExtensions.Contains(ReadOnlySpan<T>, T): read the array itself.
            return CollectionContains(call, UnwrapSpan(call.Arguments[0]), call.Arguments[1]);
        }

        if (method.Name == "Contains")
        {
            var (source, item) = call.Object is null && call.Arguments.Count == 2
                ? (call.Arguments[0], call.Arguments[1])
                : call.Object is not null && call.Arguments.Count == 1 ? (call.Object, call.Arguments[0]) : (null, null);
            if (source is not null && item is not null)
            {
                return CollectionContains(call, source, item);
            }
        }

        throw Unsupported(call, $"the method {method.DeclaringType?.Name}.{method.Name} has no DynamoDB equivalent.");
    }

    private Condition Function(string function, Expression target, Expression argument, Expression node)
    {
        if (ExpressionValues.DependsOn(argument, _parameter))
        {
            throw Unsupported(node, $"{function} needs a value that does not depend on the entity.");
        }

        var path = RequirePath(target);
        var value = ExpressionValues.Evaluate(argument) ?? throw Unsupported(node, $"{function} needs a non-null value.");
        var attributeValue = new AttributeValue { S = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) };
        return Condition.Of($"{function}({path.Write(_attributes)}, {_attributes.Value(attributeValue)})");
    }

    private Condition CollectionContains(MethodCallExpression call, Expression source, Expression item)
    {
        if (ExpressionValues.DependsOn(source, _parameter))
        {
            // entity.Tags.Contains(value): DynamoDB's contains on a list or set attribute.
            var path = RequirePath(source);
            if (ExpressionValues.DependsOn(item, _parameter))
            {
                throw Unsupported(call, "the item tested must not depend on the entity.");
            }

            var element = path.Leaf.Converter.ElementConverter
                ?? throw Unsupported(call, $"{path.Leaf.Name} is not stored as a list or a set.");
            var value = ExpressionValues.Evaluate(item) ?? throw Unsupported(call, "a collection cannot be tested for a null item.");
            var attributeValue = element.Write(value) ?? throw Unsupported(call, "the item converts to no attribute.");
            return Condition.Of($"contains({path.Write(_attributes)}, {_attributes.Value(attributeValue)})");
        }

        // values.Contains(entity.Status): DynamoDB's IN, at most 100 operands.
        var member = RequirePath(item);
        var values = ExpressionValues.Evaluate(source) as IEnumerable ?? throw Unsupported(call, "the collection is null.");
        var placeholders = new List<string>();
        foreach (var value in values)
        {
            if (value is null)
            {
                throw Unsupported(call, "the collection holds null; test for null separately with == null.");
            }

            placeholders.Add(_attributes.Value(WriteValue(member.Leaf, value, call)));
        }

        if (placeholders.Count == 0)
        {
            return Condition.False;
        }

        if (placeholders.Count > MaxInOperands)
        {
            throw Unsupported(call, $"DynamoDB's IN takes at most {MaxInOperands} values and this collection has {placeholders.Count}. Split the specification.");
        }

        return Condition.Of($"{member.Write(_attributes)} IN ({string.Join(", ", placeholders)})");
    }

    internal static Expression UnwrapSpan(Expression expression) => expression switch
    {
        MethodCallExpression { Method.Name: "op_Implicit", Arguments.Count: 1 } implicitCall => implicitCall.Arguments[0],
        UnaryExpression { NodeType: ExpressionType.Convert, Method.Name: "op_Implicit" } convert => convert.Operand,
        _ => expression,
    };

    private static bool IsOrdinalStringCall(MethodCallExpression call) =>
        call.Arguments.Count == 1
            ? call.Arguments[0].Type == typeof(string)
            : call.Arguments.Count == 2
                && call.Arguments[1] is ConstantExpression { Value: StringComparison.Ordinal }
                && call.Arguments[0].Type == typeof(string);
}
