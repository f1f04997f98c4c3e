using System.Linq.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Expressions;

// PLACEHOLDER owned by the query helper (issue 5): replace with the real translator.
internal static class PredicateTranslator
{
    /// <summary>Translates a predicate over an entity into a DynamoDB condition/filter expression using placeholders.</summary>
    public static string Translate(EntityMetadata metadata, LambdaExpression predicate, ExpressionAttributes attributes) =>
        throw new NotSupportedException("placeholder");
}
