using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata;

/// <summary>Copies a stored item into an existing instance (EF Core's <c>Entry(e).Reload()</c>).</summary>
internal static class EntityReload
{
    /// <summary>
    /// Reads <paramref name="item"/> through the compiled reader (constructor binding, conversions and all), then sets
    /// every mapped member of <paramref name="target"/>, keys and version included, through its setter or backing
    /// field. Members the model does not map (ignored, computed, domain events) are left as they are.
    /// </summary>
    public static void CopyInto<T>(EntityMetadata<T> metadata, Dictionary<string, AttributeValue> item, T target)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(item);
        CopyInto(metadata, metadata.FromItem(item), target);
    }

    /// <summary>Sets every mapped member of <paramref name="target"/> from <paramref name="fresh"/>, an entity just read.</summary>
    public static void CopyInto<T>(EntityMetadata<T> metadata, T fresh, T target)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(target);
        foreach (var property in metadata.Properties)
        {
            property.SetValue(target, property.GetValue(fresh));
        }
    }
}
