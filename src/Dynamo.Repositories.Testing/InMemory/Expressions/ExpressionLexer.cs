namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>Splits an expression into tokens; an unexpected character is DynamoDB's syntax error.</summary>
internal static class ExpressionLexer
{
    /// <summary>Returns the tokens of an expression, ending with <see cref="TokenKind.End"/>.</summary>
    public static List<Token> Tokenize(string expression, string kind)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (c is '#' or ':' || IsWordChar(c))
            {
                i++;
                while (i < expression.Length && IsWordChar(expression[i]))
                {
                    i++;
                }

                var text = expression[start..i];
                var tokenKind = c switch
                {
                    '#' => TokenKind.NamePlaceholder,
                    ':' => TokenKind.ValuePlaceholder,
                    _ when text.All(char.IsAsciiDigit) => TokenKind.Number,
                    _ => TokenKind.Word,
                };
                if (text.Length == 1 && c is '#' or ':')
                {
                    throw Syntax(kind, expression, text, start);
                }

                tokens.Add(new Token(tokenKind, text, start));
                continue;
            }

            var two = i + 1 < expression.Length ? expression.Substring(i, 2) : null;
            if (two is "<>" or "<=" or ">=")
            {
                tokens.Add(new Token(TokenKind.Symbol, two, start));
                i += 2;
                continue;
            }

            if ("()[],.=<>+-".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString(), start));
                i++;
                continue;
            }

            throw Syntax(kind, expression, c.ToString(), start);
        }

        tokens.Add(new Token(TokenKind.End, "<EOF>", expression.Length));
        return tokens;
    }

    /// <summary>DynamoDB's error for an expression it cannot parse.</summary>
    public static Exception Syntax(string kind, string expression, string token, int position) =>
        DynamoErrors.Validation($"Invalid {kind}: Syntax error; token: \"{token}\", near: \"{Near(expression, position)}\"");

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static string Near(string expression, int position)
    {
        var start = Math.Max(0, position - 10);
        return expression.Substring(start, Math.Min(expression.Length - start, 20));
    }
}
