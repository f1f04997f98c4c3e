using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>One item changed by a write request, like a DynamoDB Streams record with both images.</summary>
/// <param name="TableName">The table written.</param>
/// <param name="Key">The item's primary key.</param>
/// <param name="OldImage">The item before the write, or null when it did not exist.</param>
/// <param name="NewImage">The item after the write, or null when the write deleted it.</param>
/// <param name="Batch">Whether a BatchWriteItem request made the change (the library's non-atomic bulk path).</param>
internal sealed record ItemChange(
    string TableName,
    Dictionary<string, AttributeValue> Key,
    Dictionary<string, AttributeValue>? OldImage,
    Dictionary<string, AttributeValue>? NewImage,
    bool Batch);
