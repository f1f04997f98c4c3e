namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>One token of an expression and where it starts.</summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Text">The token's text.</param>
/// <param name="Position">The offset of its first character.</param>
internal sealed record Token(TokenKind Kind, string Text, int Position)
{
    /// <summary>Returns whether the token is a given symbol.</summary>
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>Returns whether the token is a given keyword (keywords are case-insensitive).</summary>
    public bool IsKeyword(string keyword) => Kind == TokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);
}
