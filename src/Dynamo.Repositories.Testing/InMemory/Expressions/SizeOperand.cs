using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary><c>size(path)</c>: string length in characters (as DynamoDB Local counts), binary length, element count of sets, lists and maps.</summary>
internal sealed class SizeOperand(DocumentPath path) : OperandNode
{
    /// <inheritdoc/>
    public override AttributeValue? Resolve(Dictionary<string, AttributeValue> item)
    {
        var value = path.Resolve(item);
        int? size = value switch
        {
            null => null,
            { S: not null } => value.S.Length,
            { B: not null } => (int)value.B.Length,
            { SS: not null } => value.SS.Count,
            { NS: not null } => value.NS.Count,
            { BS: not null } => value.BS.Count,
            { L: not null } => value.L.Count,
            { M: not null } => value.M.Count,
            _ => null,
        };
        return size is { } n ? new AttributeValue { N = n.ToString(CultureInfo.InvariantCulture) } : null;
    }
}
