using Dynamo.Repositories.Testing.InMemory.Expressions;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>DynamoDB's rules for a key condition: partition key equality, and at most one condition on the sort key.</summary>
internal static class KeyConditions
{
    /// <summary>Checks a parsed key condition against the keys of the table or index queried.</summary>
    public static void Validate(ConditionNode condition, string partitionKey, string? sortKey)
    {
        var parts = new List<ConditionNode>();
        Flatten(condition, parts);
        var partition = parts.Count(p => p is ComparisonNode { Operator: "=" } c && IsKey(c.Left, partitionKey) && c.Right is ValueOperand);
        if (partition != 1)
        {
            throw DynamoErrors.Validation($"Query condition missed key schema element: {partitionKey}");
        }

        var others = parts.Where(p => !(p is ComparisonNode { Operator: "=" } c && IsKey(c.Left, partitionKey))).ToList();
        if (others.Count > 1 || others.Any(p => !OnSortKey(p, sortKey)))
        {
            throw DynamoErrors.Validation("Query key condition not supported");
        }
    }

    private static void Flatten(ConditionNode condition, List<ConditionNode> parts)
    {
        switch (condition)
        {
            case LogicalNode { IsAnd: true } and:
                Flatten(and.Left, parts);
                Flatten(and.Right, parts);
                break;
            case LogicalNode:
                throw DynamoErrors.Validation("Invalid operator used in KeyConditionExpression: OR");
            case NotNode:
                throw DynamoErrors.Validation("Invalid operator used in KeyConditionExpression: NOT");
            default:
                parts.Add(condition);
                break;
        }
    }

    private static bool OnSortKey(ConditionNode condition, string? sortKey) => sortKey is not null && condition switch
    {
        ComparisonNode c => c.Operator != "<>" && IsKey(c.Left, sortKey) && c.Right is ValueOperand,
        BetweenNode b => IsKey(b.Operand, sortKey) && b.Low is ValueOperand && b.High is ValueOperand,
        FunctionNode { Name: "begins_with" } f => f.Path.Elements.Count == 1 && f.Path.Root == sortKey && f.Argument is ValueOperand,
        _ => false,
    };

    private static bool IsKey(OperandNode operand, string attribute) =>
        operand is PathOperand { Path.Elements.Count: 1 } path && path.Path.Root == attribute;
}
