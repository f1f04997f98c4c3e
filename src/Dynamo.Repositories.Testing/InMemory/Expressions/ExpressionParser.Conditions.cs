namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>Conditions: OR over AND over NOT over comparisons, BETWEEN, IN, functions and parentheses.</summary>
internal sealed partial class ExpressionParser
{
    private static readonly string[] Comparators = ["=", "<>", "<", "<=", ">", ">="];
    private static readonly string[] ConditionFunctions = ["attribute_exists", "attribute_not_exists", "attribute_type", "begins_with", "contains"];

    /// <summary>Parses a condition, key condition or filter expression.</summary>
    /// <param name="text">The expression.</param>
    /// <param name="kind">The request member it came from (e.g. <c>ConditionExpression</c>), for messages.</param>
    /// <param name="context">The request's placeholders.</param>
    public static ConditionNode ParseCondition(string text, string kind, ExpressionContext context)
    {
        var parser = new ExpressionParser(text, kind, context);
        var condition = parser.Or();
        parser.ExpectEnd();
        return condition;
    }

    private ConditionNode Or()
    {
        var left = And();
        while (AcceptKeyword("OR"))
        {
            left = new LogicalNode(left, isAnd: false, And());
        }

        return left;
    }

    private ConditionNode And()
    {
        var left = Not();
        while (AcceptKeyword("AND"))
        {
            left = new LogicalNode(left, isAnd: true, Not());
        }

        return left;
    }

    private ConditionNode Not() => AcceptKeyword("NOT") ? new NotNode(Not()) : Primary();

    private ConditionNode Primary()
    {
        if (Accept("("))
        {
            var inner = Or();
            Expect(")");
            return inner;
        }

        if (ConditionFunctions.FirstOrDefault(IsFunctionCall) is { } function)
        {
            return Function(function);
        }

        var operand = Operand();
        if (Comparators.FirstOrDefault(Current.Is) is { } comparator)
        {
            _position++;
            return new ComparisonNode(operand, comparator, Operand());
        }

        if (AcceptKeyword("BETWEEN"))
        {
            var low = Operand();
            if (!AcceptKeyword("AND"))
            {
                throw Syntax(Current);
            }

            return new BetweenNode(operand, low, Operand());
        }

        if (AcceptKeyword("IN"))
        {
            Expect("(");
            var candidates = new List<OperandNode> { Operand() };
            while (Accept(","))
            {
                candidates.Add(Operand());
            }

            Expect(")");
            return new InNode(operand, candidates);
        }

        throw Syntax(Current);
    }

    private FunctionNode Function(string name)
    {
        _position += 2; // the name and "("
        var path = Path();
        OperandNode? argument = null;
        if (name is not ("attribute_exists" or "attribute_not_exists"))
        {
            Expect(",");
            argument = Operand();
        }

        Expect(")");
        return new FunctionNode(name, path, argument);
    }

    private OperandNode Operand()
    {
        if (IsFunctionCall("size"))
        {
            _position += 2;
            var path = Path();
            Expect(")");
            return new SizeOperand(path);
        }

        if (Current.Kind == TokenKind.ValuePlaceholder)
        {
            return new ValueOperand(_context.Value(Next().Text, _kind));
        }

        return new PathOperand(Path());
    }
}
