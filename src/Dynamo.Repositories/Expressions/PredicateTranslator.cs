using System.Linq.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Expressions;

/// <summary>Translates predicates over an entity into DynamoDB condition and filter expressions.</summary>
internal static class PredicateTranslator
{
    /// <summary>
    /// Translates a predicate into a condition/filter expression using the placeholders of <paramref name="attributes"/>.
    /// A predicate that is always true becomes <c>attribute_exists(pk)</c> (the item exists); one that is always
    /// false becomes a condition no item satisfies.
    /// </summary>
    /// <exception cref="UnsupportedSpecificationException">The predicate uses something DynamoDB cannot evaluate.</exception>
    public static string Translate(EntityMetadata metadata, LambdaExpression predicate, ExpressionAttributes attributes)
    {
        var condition = TranslateCondition(metadata, predicate, attributes);
        if (condition.Text is not null)
        {
            return condition.Text;
        }

        var pk = attributes.Name(metadata.PartitionKey.AttributeName);
        return condition.Constant
            ? $"attribute_exists({pk})"
            : $"(attribute_exists({pk}) AND attribute_not_exists({pk}))";
    }

    /// <summary>Translates a predicate, or one boolean part of it, keeping constants folded for the planner.</summary>
    public static Condition TranslateCondition(EntityMetadata metadata, LambdaExpression predicate, ExpressionAttributes attributes, Expression? part = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(attributes);
        var translator = new ConditionTranslator(metadata, predicate, attributes);
        return part is null ? translator.Translate() : translator.Translate(part);
    }
}
