using System.Globalization;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>
/// Parses DynamoDB's expression language (conditions, key conditions, filters, updates and projections) into nodes
/// that evaluate against items; placeholders are resolved through the request's <see cref="ExpressionContext"/>.
/// </summary>
internal sealed partial class ExpressionParser
{
    private readonly List<Token> _tokens;
    private readonly string _text;
    private readonly string _kind;
    private readonly ExpressionContext _context;
    private int _position;

    private ExpressionParser(string text, string kind, ExpressionContext context)
    {
        _text = text;
        _kind = kind;
        _context = context;
        _tokens = ExpressionLexer.Tokenize(text, kind);
    }

    /// <summary>Parses a projection expression: paths separated by commas.</summary>
    public static IReadOnlyList<DocumentPath> ParseProjection(string text, ExpressionContext context)
    {
        var parser = new ExpressionParser(text, "ProjectionExpression", context);
        var paths = new List<DocumentPath> { parser.Path() };
        while (parser.Accept(","))
        {
            paths.Add(parser.Path());
        }

        parser.ExpectEnd();
        return paths;
    }

    private Token Current => _tokens[_position];

    private DocumentPath Path()
    {
        var elements = new List<PathElement> { new(Name(Next()), 0) };
        while (true)
        {
            if (Accept("."))
            {
                elements.Add(new PathElement(Name(Next()), 0));
            }
            else if (Accept("["))
            {
                var index = Next();
                if (index.Kind != TokenKind.Number)
                {
                    throw Syntax(index);
                }

                elements.Add(new PathElement(null, int.Parse(index.Text, NumberStyles.None, CultureInfo.InvariantCulture)));
                Expect("]");
            }
            else
            {
                return new DocumentPath(elements);
            }
        }
    }

    private string Name(Token token) => token.Kind switch
    {
        TokenKind.NamePlaceholder => _context.Name(token.Text, _kind),
        TokenKind.Word => token.Text,
        _ => throw Syntax(token),
    };

    private Token Next() => _tokens[_position < _tokens.Count - 1 ? _position++ : _position];

    private bool Accept(string symbol)
    {
        if (!Current.Is(symbol))
        {
            return false;
        }

        _position++;
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword))
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol))
        {
            throw Syntax(Current);
        }
    }

    private void ExpectEnd()
    {
        if (Current.Kind != TokenKind.End)
        {
            throw Syntax(Current);
        }
    }

    private bool IsFunctionCall(string name) =>
        Current.IsKeyword(name) && _position + 1 < _tokens.Count && _tokens[_position + 1].Is("(");

    private Exception Syntax(Token token) => ExpressionLexer.Syntax(_kind, _text, token.Text, token.Position);

    private Exception Invalid(string detail) => DynamoErrors.Validation($"Invalid {_kind}: {detail}");
}
