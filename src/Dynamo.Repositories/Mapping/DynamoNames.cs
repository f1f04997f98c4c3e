using System.Text;

namespace Dynamo.Repositories.Mapping;

/// <summary>DynamoDB's naming rules for tables, indexes and attributes, checked at start-up.</summary>
internal static class DynamoNames
{
    /// <summary>The longest key attribute name, in UTF-8 bytes.</summary>
    public const int MaxKeyAttributeBytes = 255;

    /// <summary>The longest non-key attribute name, in UTF-8 bytes.</summary>
    public const int MaxAttributeBytes = 65535;

    /// <summary>Tells whether a table or index name uses only a-z, A-Z, 0-9, '_', '-' and '.' and is at most 255 characters.</summary>
    public static bool IsValidTableOrIndexName(string name) =>
        name.Length is > 0 and <= 255 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    /// <summary>Gets the UTF-8 length of an attribute name.</summary>
    public static int AttributeBytes(string name) => Encoding.UTF8.GetByteCount(name);
}
