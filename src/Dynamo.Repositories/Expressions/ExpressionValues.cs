using System.Linq.Expressions;
using System.Reflection;

namespace Dynamo.Repositories.Expressions;

/// <summary>Finds and evaluates the parts of a predicate that do not depend on the entity (constants and captured variables).</summary>
internal static class ExpressionValues
{
    /// <summary>Returns whether the expression reads the given lambda parameter anywhere.</summary>
    public static bool DependsOn(Expression expression, ParameterExpression parameter)
    {
        var finder = new ParameterFinder(parameter);
        finder.Visit(expression);
        return finder.Found;
    }

    /// <summary>Evaluates an expression that does not depend on the entity, without compiling the common shapes.</summary>
    public static object? Evaluate(Expression expression)
    {
        switch (expression)
        {
            case ConstantExpression constant:
                return constant.Value;
            case MemberExpression { Member: FieldInfo field } member:
                return field.GetValue(member.Expression is null ? null : Evaluate(member.Expression));
            case MemberExpression { Member: PropertyInfo property } member:
                return property.GetValue(member.Expression is null ? null : Evaluate(member.Expression));
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert
                when Nullable.GetUnderlyingType(convert.Type) == convert.Operand.Type || convert.Type == typeof(object):
                return Evaluate(convert.Operand);
            default:
                return Expression.Lambda<Func<object?>>(Expression.Convert(expression, typeof(object))).Compile(preferInterpretation: true)();
        }
    }

    /// <summary>Removes conversions (lifting to nullable, enum to its underlying type, boxing).</summary>
    public static Expression StripConvert(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs } unary)
        {
            expression = unary.Operand;
        }

        return expression;
    }

    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            Found |= node == parameter;
            return node;
        }
    }
}
