namespace Dynamo.Repositories;

/// <summary>One page of query results and the opaque token that continues after it.</summary>
/// <typeparam name="T">The entity or projection type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Initializes a new instance of the <see cref="Page{T}"/> class.</summary>
    /// <param name="items">The items of this page.</param>
    /// <param name="continuationToken">The token for the next page, or <see langword="null"/> when this is the last page.</param>
    public Page(IReadOnlyList<T> items, string? continuationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
        ContinuationToken = continuationToken;
    }

    /// <summary>Gets the items of this page.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Gets the opaque, URL-safe token that reads the next page, or <see langword="null"/> after the last page.</summary>
    public string? ContinuationToken { get; }

    /// <summary>Gets a value indicating whether another page may follow.</summary>
    public bool HasMore => ContinuationToken is not null;
}
