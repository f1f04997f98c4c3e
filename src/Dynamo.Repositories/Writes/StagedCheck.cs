using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>A condition on an item that must hold for the commit; translated when staged, so errors surface early.</summary>
internal sealed class StagedCheck(
    EntityMetadata metadata,
    string tableName,
    Dictionary<string, AttributeValue> key,
    string keyDescription,
    string conditionExpression,
    Dictionary<string, string> names,
    Dictionary<string, AttributeValue> values)
    : StagedWrite(metadata, tableName, StagedWriteKind.Check)
{
    /// <inheritdoc/>
    public override object? Entity => null;

    /// <inheritdoc/>
    public override string DescribeKey() => keyDescription;

    /// <inheritdoc/>
    public override WriteAction Prepare(CommitJson? json) =>
        new(this, WriteActionType.ConditionCheck, conditionExpression, names, values, key) { Key = key };
}
