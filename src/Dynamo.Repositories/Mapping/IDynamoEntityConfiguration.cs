namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Maps the entity type <typeparamref name="T"/> to a DynamoDB table, from the infrastructure layer, so that the
/// entity itself stays free of persistence concerns. Implementations are found by assembly scanning.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
public interface IDynamoEntityConfiguration<T>
    where T : class
{
    /// <summary>Configures the table, keys, indexes and properties of <typeparamref name="T"/>.</summary>
    /// <param name="builder">The builder to configure.</param>
    void Configure(DynamoEntityBuilder<T> builder);
}
