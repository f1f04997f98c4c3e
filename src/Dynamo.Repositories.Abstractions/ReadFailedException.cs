namespace Dynamo.Repositories;

/// <summary>
/// DynamoDB refused or could not answer a read (GetItem, Query, Scan or BatchGetItem) after the AWS SDK's own retries:
/// the table or index does not exist, the table kept throttling, DynamoDB kept failing, or it rejected the request.
/// The message names the entity type, the table (and index) and what to do; the AWS exception is the inner exception.
/// Nothing was read, and nothing is ever written by a read.
/// </summary>
public sealed class ReadFailedException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="ReadFailedException"/> class.</summary>
    /// <param name="message">The message, naming the entity type, the table and what to do.</param>
    /// <param name="entityType">The entity type read.</param>
    /// <param name="tableName">The physical table name the request was sent to.</param>
    /// <param name="indexName">The index queried, if any.</param>
    /// <param name="isTransient">Whether the same read may succeed later (throttling, server or transport errors).</param>
    /// <param name="key">A description of the key read, for a read by key.</param>
    /// <param name="innerException">The AWS exception.</param>
    /// <param name="throttlingReasons">When throttled, the reasons DynamoDB gave, with the table or index throttled.</param>
    public ReadFailedException(
        string message,
        Type entityType,
        string tableName,
        string? indexName,
        bool isTransient,
        string? key = null,
        Exception? innerException = null,
        IReadOnlyList<DynamoThrottlingReason>? throttlingReasons = null)
        : base(message, entityType, key, innerException)
    {
        TableName = tableName;
        IndexName = indexName;
        IsTransient = isTransient;
        ThrottlingReasons = throttlingReasons ?? [];
    }

    /// <summary>
    /// Gets the reasons DynamoDB gave when it throttled the read (hot key range, provisioned capacity, account quota or
    /// on-demand maximum), each naming the table or index and what to do; empty when the read was not throttled or
    /// DynamoDB gave no reason.
    /// </summary>
    public IReadOnlyList<DynamoThrottlingReason> ThrottlingReasons { get; }

    /// <summary>Gets the physical table name the request was sent to.</summary>
    public string TableName { get; }

    /// <summary>Gets the index queried, or <see langword="null"/> when the read used the table itself.</summary>
    public string? IndexName { get; }

    /// <summary>
    /// Gets a value indicating whether the same read may succeed later: <see langword="true"/> for throttling and for
    /// server or transport errors, <see langword="false"/> for a missing table or index and a rejected request, which
    /// need a change of configuration or code.
    /// </summary>
    public bool IsTransient { get; }
}
