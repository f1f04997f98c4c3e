using System.Text;
using System.Text.Json;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>
/// The attribute names of one page, so the items of a Query or Scan page (which share their names, usually in the
/// same order) reuse one string per name instead of allocating it per item. Names are matched as UTF-8 on the reader's
/// current property name, first at the position after the last match (the usual case), then anywhere.
/// </summary>
internal sealed class AttributeNameCache
{
    private const int Capacity = 128;

    private readonly string[] _names = new string[Capacity];
    private readonly byte[][] _utf8 = new byte[Capacity][];
    private int _count;
    private int _next;

    /// <summary>Gets the current property name: the cached string when seen before, otherwise a new (cached) one.</summary>
    public string Name(ref Utf8JsonReader reader)
    {
        if (_next < _count && reader.ValueTextEquals(_utf8[_next]))
        {
            return _names[_next++];
        }

        for (var i = 0; i < _count; i++)
        {
            if (reader.ValueTextEquals(_utf8[i]))
            {
                _next = i + 1;
                return _names[i];
            }
        }

        var name = reader.GetString()!;
        if (_count < Capacity)
        {
            _names[_count] = name;
            _utf8[_count] = Encoding.UTF8.GetBytes(name);
            _count++;
            _next = _count;
        }

        return name;
    }
}
