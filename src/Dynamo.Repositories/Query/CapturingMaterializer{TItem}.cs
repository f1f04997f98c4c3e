using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Wire.Json;

namespace Dynamo.Repositories.Query;

/// <summary>
/// Materializes items with another materializer and keeps a few of their attributes as stored: the key of each item
/// a batch returns (to match it with the key asked), the position of a page's last item (for its continuation token).
/// </summary>
/// <typeparam name="TItem">What the other materializer makes.</typeparam>
internal sealed class CapturingMaterializer<TItem> : IItemMaterializer<Captured<TItem>>
{
    private readonly IItemMaterializer<TItem> _inner;
    private readonly IReadOnlyList<string> _names;
    private readonly byte[][] _utf8;

    /// <summary>Initializes a new instance of the <see cref="CapturingMaterializer{TItem}"/> class.</summary>
    /// <param name="inner">Materializes the items.</param>
    /// <param name="names">The attributes to keep.</param>
    public CapturingMaterializer(IItemMaterializer<TItem> inner, IReadOnlyList<string> names)
    {
        _inner = inner;
        _names = names;
        _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
    }

    /// <inheritdoc/>
    public Captured<TItem> FromItem(Dictionary<string, AttributeValue> item)
    {
        var attributes = new Dictionary<string, AttributeValue>(_names.Count, StringComparer.Ordinal);
        foreach (var name in _names)
        {
            if (item.TryGetValue(name, out var value))
            {
                attributes[name] = value;
            }
        }

        return new(_inner.FromItem(item), attributes);
    }

    /// <inheritdoc/>
    public Captured<TItem> FromJson(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body)
    {
        // A copy of the reader reads the few attributes kept; the item itself is then read from the start.
        var probe = reader;
        var attributes = new Dictionary<string, AttributeValue>(_names.Count, StringComparer.Ordinal);
        JsonReading.ExpectStartObject(ref probe);
        while (JsonReading.NextProperty(ref probe))
        {
            var index = IndexOf(ref probe);
            probe.Read();
            if (index < 0)
            {
                probe.Skip();
            }
            else
            {
                attributes[_names[index]] = AttributeValueJsonReader.ReadValue(ref probe)!;
            }
        }

        return new(_inner.FromJson(ref reader, body), attributes);
    }

    private int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < _utf8.Length; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
