using Microsoft.Extensions.Logging;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// The log events of the write side, source-generated: 2000–2099 the unit of work and its commits, 2200–2299 the bulk
/// path (README "Operations"). Counts and type names only, never a key or an attribute value.
/// </summary>
internal static partial class WritesLog
{
    [LoggerMessage(2000, LogLevel.Warning, "A commit of {WriteCount} staged write(s) was canceled by a conflict ({ErrorType}); retry {Retry} of {MaxRetries}.")]
    public static partial void CommitRetrying(ILogger logger, int writeCount, string errorType, int retry, int maxRetries);

    [LoggerMessage(
        2001,
        LogLevel.Warning,
        "A unit of work was disposed with {PendingCount} unsaved staged write(s); they were discarded. Call SaveChangesAsync or DiscardChanges before the scope ends.")]
    public static partial void UnsavedWritesDiscarded(ILogger logger, int pendingCount);

    [LoggerMessage(2200, LogLevel.Warning, "{Operation} of {EntityType}: {Pending} item(s) not processed yet; retry {Retry}.")]
    public static partial void BulkItemsUnprocessed(ILogger logger, string operation, string entityType, int pending, int retry);
}
