namespace Dynamo.Repositories;

/// <summary>
/// The keys of the entries that the DynamoDB extensions of the specification builder put into a specification's
/// <c>Items</c>. Use the extensions in <see cref="DynamoSpecificationBuilderExtensions"/> rather than these keys.
/// </summary>
public static class DynamoSpecificationItems
{
    /// <summary>The key of a <see cref="bool"/>: the specification may scan the table when it pins no partition key.</summary>
    public const string AllowScan = "Dynamo.Repositories.AllowScan";

    /// <summary>The key of a <see cref="bool"/>: read with strong consistency (or not), overriding the options.</summary>
    public const string ConsistentRead = "Dynamo.Repositories.ConsistentRead";

    /// <summary>The key of a <see cref="string"/>: the name of the secondary index to query.</summary>
    public const string IndexName = "Dynamo.Repositories.IndexName";

    /// <summary>The key of a <see cref="bool"/>: the specification's Skip is applied by reading and discarding the skipped items.</summary>
    public const string AllowSkip = "Dynamo.Repositories.AllowSkip";
}
