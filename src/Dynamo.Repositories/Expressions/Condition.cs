namespace Dynamo.Repositories.Expressions;

/// <summary>A translated condition: expression text, or a constant when the entity does not take part.</summary>
/// <param name="Text">The condition text with placeholders, or null for a constant.</param>
/// <param name="Constant">The constant value when <paramref name="Text"/> is null.</param>
internal readonly record struct Condition(string? Text, bool Constant)
{
    /// <summary>Gets the always-true condition.</summary>
    public static Condition True => new(null, true);

    /// <summary>Gets the always-false condition.</summary>
    public static Condition False => new(null, false);

    /// <summary>Creates a condition from expression text.</summary>
    public static Condition Of(string text) => new(text, false);

    /// <summary>Combines two conditions with AND, folding constants.</summary>
    public static Condition And(Condition left, Condition right) =>
        left.Text is null ? (left.Constant ? right : False)
        : right.Text is null ? (right.Constant ? left : False)
        : Of($"({left.Text} AND {right.Text})");

    /// <summary>Combines two conditions with OR, folding constants.</summary>
    public static Condition Or(Condition left, Condition right) =>
        left.Text is null ? (left.Constant ? True : right)
        : right.Text is null ? (right.Constant ? True : left)
        : Of($"({left.Text} OR {right.Text})");

    /// <summary>Negates a condition, folding constants.</summary>
    public static Condition Not(Condition operand) =>
        operand.Text is null ? new(null, !operand.Constant) : Of($"(NOT {operand.Text})");
}
