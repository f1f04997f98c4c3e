namespace Dynamo.Repositories;

/// <summary>The key of one item: its partition key value and, for tables with a sort key, its sort key value.</summary>
/// <param name="PartitionKey">The partition key value, of the mapped property's type.</param>
/// <param name="SortKey">The sort key value, or <see langword="null"/> for tables without a sort key.</param>
public readonly record struct EntityKey(object PartitionKey, object? SortKey = null)
{
    /// <inheritdoc/>
    public override string ToString() => SortKey is null
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({PartitionKey})")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({PartitionKey}, {SortKey})");
}
