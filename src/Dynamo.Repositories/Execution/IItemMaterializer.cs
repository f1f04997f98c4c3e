using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// Turns one stored item into what a read pipeline wants (an entity, an entity with its key attributes, a mere
/// presence): from an attribute map on the paths that have one (the SDK's, the in-memory executor's), straight from
/// the response JSON on the wire path, with no attribute map in between.
/// </summary>
/// <typeparam name="TItem">What one item becomes.</typeparam>
internal interface IItemMaterializer<out TItem>
{
    /// <summary>Materializes an item read as an attribute map.</summary>
    /// <param name="item">The item (never empty).</param>
    /// <returns>What the item becomes.</returns>
    TItem FromItem(Dictionary<string, AttributeValue> item);

    /// <summary>Materializes an item from DynamoDB JSON: the reader is on the item's start, and ends on its end.</summary>
    /// <param name="reader">The reader over <paramref name="body"/>, on the <c>{</c> of the item.</param>
    /// <param name="body">The whole buffer the reader reads (its positions index it), alive during the call only.</param>
    /// <returns>What the item becomes.</returns>
    TItem FromJson(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body);
}
