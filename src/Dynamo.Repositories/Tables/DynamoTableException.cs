namespace Dynamo.Repositories.Tables;

/// <summary>Creating or inspecting a table failed, or a created table did not become active in time.</summary>
public sealed class DynamoTableException : DynamoRepositoryException
{
    /// <summary>Initializes a new instance of the <see cref="DynamoTableException"/> class.</summary>
    /// <param name="message">The message, naming the table and what to do.</param>
    /// <param name="tableName">The physical table name.</param>
    /// <param name="innerException">The AWS exception, if any.</param>
    public DynamoTableException(string message, string tableName, Exception? innerException = null)
        : base(message, null, null, innerException)
    {
        TableName = tableName;
    }

    /// <summary>Gets the physical table name.</summary>
    public string TableName { get; }
}
