using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary><c>if_not_exists(path, value)</c>: the stored value when the path exists, else the value.</summary>
internal sealed class IfNotExistsValue(DocumentPath path, UpdateValue fallback) : UpdateValue
{
    /// <inheritdoc/>
    public override AttributeValue Evaluate(Dictionary<string, AttributeValue> item) =>
        path.Resolve(item) is { } stored ? AttributeValueCopier.Copy(stored) : fallback.Evaluate(item);
}
