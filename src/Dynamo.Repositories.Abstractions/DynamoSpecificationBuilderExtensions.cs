using Ardalis.Specification;

namespace Dynamo.Repositories;

/// <summary>
/// DynamoDB-specific choices a specification can make without referencing AWS types: allow a scan, choose the read
/// consistency, name the index to query. They are stored in the specification's <c>Items</c>.
/// </summary>
public static class DynamoSpecificationBuilderExtensions
{
    /// <summary>
    /// Lets this specification scan the whole table when it pins no partition key, even when the options do not
    /// allow scans. A scan reads (and bills) every item of the table.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="builder">The specification builder.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<T> AllowScan<T>(this ISpecificationBuilder<T> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.Items[DynamoSpecificationItems.AllowScan] = true;
        return builder;
    }

    /// <summary>
    /// Reads with strong consistency (or explicitly not), overriding the options' <c>ConsistentReads</c>. DynamoDB
    /// cannot read a global secondary index consistently: planning such a query fails.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="builder">The specification builder.</param>
    /// <param name="consistentRead">Whether to read with strong consistency.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<T> WithConsistentRead<T>(this ISpecificationBuilder<T> builder, bool consistentRead = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.Items[DynamoSpecificationItems.ConsistentRead] = consistentRead;
        return builder;
    }

    /// <summary>
    /// Queries the named secondary index instead of letting the planner choose. The specification must pin the
    /// index's partition key by equality.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="builder">The specification builder.</param>
    /// <param name="indexName">The index name, as declared in the entity configuration.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<T> UseIndex<T>(this ISpecificationBuilder<T> builder, string indexName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(indexName);
        builder.Specification.Items[DynamoSpecificationItems.IndexName] = indexName;
        return builder;
    }

    /// <summary>
    /// Lets this specification use Skip, even when the options do not allow it. DynamoDB has no offset: the skipped
    /// items are read (after the filter) and discarded, so they are paid for, and read capacity and latency grow with
    /// the number skipped. Prefer PageAsync and its continuation token.
    /// </summary>
    /// <typeparam name="T">The entity type.</typeparam>
    /// <param name="builder">The specification builder.</param>
    /// <returns>The builder.</returns>
    public static ISpecificationBuilder<T> AllowSkip<T>(this ISpecificationBuilder<T> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Specification.Items[DynamoSpecificationItems.AllowSkip] = true;
        return builder;
    }
}
