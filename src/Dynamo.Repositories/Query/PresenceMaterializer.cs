using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;

namespace Dynamo.Repositories.Query;

/// <summary>Items as mere presence, for reads that only count or test for items: nothing is mapped, so nothing can fail to map.</summary>
internal sealed class PresenceMaterializer : IItemMaterializer<bool>
{
    /// <summary>Gets the one instance.</summary>
    public static PresenceMaterializer Instance { get; } = new();

    /// <inheritdoc/>
    public bool FromItem(Dictionary<string, AttributeValue> item) => true;

    /// <inheritdoc/>
    public bool FromJson(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body)
    {
        reader.Skip();
        return true;
    }
}
