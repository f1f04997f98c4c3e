using System.Text.Json;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>Compares two JSON documents as trees: same values, same arrays in order, same object members in any order.</summary>
internal static class JsonTree
{
    /// <summary>The path of the first difference, or null when the trees are equal.</summary>
    public static string? Difference(byte[] expected, byte[] actual)
    {
        using var left = JsonDocument.Parse(expected);
        using var right = JsonDocument.Parse(actual);
        return Difference("$", left.RootElement, right.RootElement);
    }

    private static string? Difference(string path, JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: {expected.ValueKind} expected, {actual.ValueKind} written";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var left = expected.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
                var right = actual.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
                var names = string.Join(",", left.Select(p => p.Name));
                var written = string.Join(",", right.Select(p => p.Name));
                if (names != written)
                {
                    return $"{path}: members [{names}] expected, [{written}] written";
                }

                return left.Zip(right).Select(p => Difference(path + "." + p.First.Name, p.First.Value, p.Second.Value)).FirstOrDefault(d => d is not null);
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path}: {expected.GetArrayLength()} elements expected, {actual.GetArrayLength()} written";
                }

                return expected.EnumerateArray().Zip(actual.EnumerateArray()).Select((p, i) => Difference($"{path}[{i}]", p.First, p.Second)).FirstOrDefault(d => d is not null);
            default:
                // Raw text, so a number keeps its exact spelling and a string its exact characters.
                var raw = expected.ValueKind == JsonValueKind.String ? expected.GetString() : expected.GetRawText();
                var other = actual.ValueKind == JsonValueKind.String ? actual.GetString() : actual.GetRawText();
                return raw == other ? null : $"{path}: {raw} expected, {other} written";
        }
    }
}
