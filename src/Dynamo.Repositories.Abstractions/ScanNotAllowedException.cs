namespace Dynamo.Repositories;

/// <summary>
/// A specification pins no partition key of the table or of its indexes, so it would scan the whole table, and
/// scans are not allowed: neither <c>AllowScans</c> in the options nor <c>Query.AllowScan()</c> in the specification.
/// Raised while planning, before any request is sent.
/// </summary>
public sealed class ScanNotAllowedException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="ScanNotAllowedException"/> class.</summary>
    /// <param name="message">The message, naming the keys that would make the specification a query.</param>
    /// <param name="entityType">The entity type the specification reads.</param>
    public ScanNotAllowedException(string message, Type entityType)
        : base(message, entityType)
    {
    }
}
