namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>Update expressions: SET (with <c>+</c>, <c>-</c>, if_not_exists, list_append), REMOVE, ADD and DELETE.</summary>
internal sealed partial class ExpressionParser
{
    private static readonly string[] Clauses = ["SET", "REMOVE", "ADD", "DELETE"];

    /// <summary>Parses an update expression; each clause may appear once, and no two actions may touch overlapping paths.</summary>
    public static UpdateExpression ParseUpdate(string text, ExpressionContext context)
    {
        var parser = new ExpressionParser(text, "UpdateExpression", context);
        var actions = new List<UpdateAction>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (parser.Current.Kind != TokenKind.End)
        {
            var clause = Clauses.FirstOrDefault(parser.Current.IsKeyword) ?? throw parser.Syntax(parser.Current);
            if (!seen.Add(clause))
            {
                throw parser.Invalid($"The \"{clause}\" section can only be used once in an update expression;");
            }

            parser._position++;
            do
            {
                actions.Add(parser.Action(clause));
            }
            while (parser.Accept(","));
        }

        if (actions.Count == 0)
        {
            throw parser.Syntax(parser.Current);
        }

        for (var i = 0; i < actions.Count; i++)
        {
            for (var j = i + 1; j < actions.Count; j++)
            {
                if (actions[i].Path.Overlaps(actions[j].Path))
                {
                    throw parser.Invalid($"Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [{actions[i].Path}], path two: [{actions[j].Path}]");
                }
            }
        }

        return new UpdateExpression(actions);
    }

    private UpdateAction Action(string clause)
    {
        var path = Path();
        switch (clause)
        {
            case "SET":
                Expect("=");
                return new UpdateAction(clause, path, SetValue());
            case "REMOVE":
                return new UpdateAction(clause, path, null);
            default:
                if (Current.Kind != TokenKind.ValuePlaceholder)
                {
                    throw Syntax(Current);
                }

                return new UpdateAction(clause, path, new OperandValue(new ValueOperand(_context.Value(Next().Text, _kind))));
        }
    }

    private UpdateValue SetValue()
    {
        var left = SetOperand();
        if (Accept("+"))
        {
            return new ArithmeticValue(left, add: true, SetOperand());
        }

        return Accept("-") ? new ArithmeticValue(left, add: false, SetOperand()) : left;
    }

    private UpdateValue SetOperand()
    {
        if (IsFunctionCall("if_not_exists"))
        {
            _position += 2;
            var path = Path();
            Expect(",");
            var fallback = SetOperand();
            Expect(")");
            return new IfNotExistsValue(path, fallback);
        }

        if (IsFunctionCall("list_append"))
        {
            _position += 2;
            var first = SetOperand();
            Expect(",");
            var second = SetOperand();
            Expect(")");
            return new ListAppendValue(first, second);
        }

        return new OperandValue(Current.Kind == TokenKind.ValuePlaceholder
            ? new ValueOperand(_context.Value(Next().Text, _kind))
            : new PathOperand(Path()));
    }
}
