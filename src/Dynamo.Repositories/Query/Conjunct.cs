using System.Linq.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Query;

/// <summary>One condition of a specification's conjunction (the Where clauses split at &amp;&amp;).</summary>
/// <param name="Body">The condition.</param>
/// <param name="Source">The lambda the condition comes from (for its parameter and for messages).</param>
internal sealed record Conjunct(Expression Body, LambdaExpression Source)
{
    /// <summary>Gets the key predicate this condition expresses, if it has a key-condition shape.</summary>
    public (PropertyMetadata Property, KeyPredicateKind Kind, Expression Value)? KeyShape { get; init; }
}
