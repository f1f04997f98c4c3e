namespace Dynamo.Repositories.Options;

/// <summary>Whether requests ask DynamoDB for the capacity they consumed (<c>ReturnConsumedCapacity</c>), for spans and metrics.</summary>
public enum DynamoConsumedCapacity
{
    /// <summary>Not asked (the default): no capacity attribute on spans and no capacity metric.</summary>
    None,

    /// <summary>The total per table.</summary>
    Total,

    /// <summary>The total per table and the part of the table and of each secondary index.</summary>
    Indexes,
}
