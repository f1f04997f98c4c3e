namespace Dynamo.Repositories.Query;

/// <summary>The DynamoDB operation a specification was planned into.</summary>
internal enum QueryOperation
{
    /// <summary>Both keys pinned by equality on the table: one GetItem.</summary>
    GetItem,

    /// <summary>A partition key pinned by equality on the table or an index: Query.</summary>
    Query,

    /// <summary>No partition key pinned, and scans allowed: Scan.</summary>
    Scan,

    /// <summary>The specification names whole table keys (a list of ids, or an || of key equalities): BatchGetItem.</summary>
    BatchGet,

    /// <summary>The conditions can never hold: nothing is sent, nothing matches.</summary>
    Empty,
}
