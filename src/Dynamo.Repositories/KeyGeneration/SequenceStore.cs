using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.KeyGeneration;

/// <summary>
/// The counter items of the hi-lo sequences, one per sequence name in the sequences table. A reservation is one
/// atomic <c>UpdateItem ADD</c>, sent through the executor seam: DynamoDB serializes them, so blocks never overlap
/// across processes.
/// </summary>
internal sealed class SequenceStore(IDynamoExecutor executor, string tableName)
{
    /// <summary>The logical name of the sequences table (the physical name adds the options' prefix and suffix).</summary>
    public const string LogicalTableName = "Dynamo.Sequences";

    /// <summary>The partition key attribute (the sequence name).</summary>
    public const string NameAttribute = "Name";

    /// <summary>Reserves the next <paramref name="blockSize"/> values of a sequence; returns the highest (the first block is 1..blockSize).</summary>
    public async Task<long> ReserveAsync(string sequence, int blockSize, CancellationToken cancellationToken)
    {
        var response = await executor.UpdateItemAsync(
            new UpdateItemRequest
            {
                TableName = tableName,
                Key = new() { [NameAttribute] = new AttributeValue { S = sequence } },
                UpdateExpression = "ADD #v :n",
                ExpressionAttributeNames = new() { ["#v"] = "Hi" },
                ExpressionAttributeValues = new() { [":n"] = new AttributeValue { N = blockSize.ToString(CultureInfo.InvariantCulture) } },
                ReturnValues = ReturnValue.ALL_NEW, // the counter item is two attributes; ALL_NEW is what every executor (the in-memory one too) returns
            },
            cancellationToken).ConfigureAwait(false);
        return long.Parse(response.Attributes["Hi"].N, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }
}
