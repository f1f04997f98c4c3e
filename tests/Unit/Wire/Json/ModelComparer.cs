using System.Collections;
using System.Reflection;
using Amazon.Runtime;

namespace Dynamo.Repositories.UnitTests.Wire.Json;

/// <summary>
/// Compares SDK model objects member by member (public readable properties, recursively): null and empty are told
/// apart, lists in order, dictionaries by key, streams by content, constants by value. The HTTP-level members the
/// transport sets (metadata, status, length) are not the JSON reader's and are left out.
/// </summary>
internal static class ModelComparer
{
    private static readonly HashSet<string> Transport = ["ResponseMetadata", "ContentLength", "HttpStatusCode"];

    /// <summary>The path of the first difference, or null when the objects are equal.</summary>
    public static string? Difference(object? expected, object? actual) => Difference("$", expected, actual);

    private static string? Difference(string path, object? expected, object? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Show(expected)} expected, {Show(actual)} read";
        }

        switch (expected)
        {
            case string or bool or int or long or double:
                return expected.Equals(actual) ? null : $"{path}: {expected} expected, {actual} read";
            case ConstantClass constant:
                return constant.Value == ((ConstantClass)actual).Value ? null : $"{path}: {constant.Value} expected, {actual} read";
            case MemoryStream stream:
                return stream.ToArray().SequenceEqual(((MemoryStream)actual).ToArray()) ? null : $"{path}: binary content differs";
            case IDictionary map:
                var other = (IDictionary)actual;
                if (map.Count != other.Count)
                {
                    return $"{path}: {map.Count} entries expected, {other.Count} read";
                }

                foreach (DictionaryEntry entry in map)
                {
                    if (!other.Contains(entry.Key))
                    {
                        return $"{path}: key {entry.Key} missing";
                    }

                    if (Difference($"{path}[{entry.Key}]", entry.Value, other[entry.Key]) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case IList list:
                var read = (IList)actual;
                if (list.Count != read.Count)
                {
                    return $"{path}: {list.Count} elements expected, {read.Count} read";
                }

                for (var i = 0; i < list.Count; i++)
                {
                    if (Difference($"{path}[{i}]", list[i], read[i]) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return Members(path, expected, actual);
        }
    }

    private static string? Members(string path, object expected, object actual)
    {
        if (expected.GetType() != actual.GetType())
        {
            return $"{path}: {expected.GetType().Name} expected, {actual.GetType().Name} read";
        }

        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || Transport.Contains(property.Name))
            {
                continue;
            }

            if (Difference(path + "." + property.Name, property.GetValue(expected), property.GetValue(actual)) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static string Show(object? value) => value is null ? "null" : value.GetType().Name;
}
