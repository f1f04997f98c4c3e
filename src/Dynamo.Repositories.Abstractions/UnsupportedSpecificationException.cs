namespace Dynamo.Repositories;

/// <summary>
/// A specification asks for something DynamoDB cannot do (ordering by an attribute that is not the sort key,
/// <c>Skip</c>, <c>Include</c>, a method it cannot evaluate...). The message names the expression and says what to do
/// instead. Raised while planning, before any request is sent.
/// </summary>
public sealed class UnsupportedSpecificationException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="UnsupportedSpecificationException"/> class.</summary>
    /// <param name="message">The message, naming the expression and what to do instead.</param>
    /// <param name="entityType">The entity type the specification reads.</param>
    /// <param name="expression">The expression that cannot be planned, if any.</param>
    public UnsupportedSpecificationException(string message, Type entityType, string? expression = null)
        : base(message, entityType)
    {
        Expression = expression;
    }

    /// <summary>Gets the text of the expression that cannot be planned, or <see langword="null"/>.</summary>
    public string? Expression { get; }
}
