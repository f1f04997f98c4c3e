namespace Dynamo.Repositories.Tables;

/// <summary>One way in which a live table differs from the configured entities and options.</summary>
/// <param name="TableName">The physical table name.</param>
/// <param name="Kind">What differs.</param>
/// <param name="Message">What differs and what to do, naming the index or attribute.</param>
public sealed record TableDifference(string TableName, TableDifferenceKind Kind, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{TableName}: {Kind}: {Message}";
}
