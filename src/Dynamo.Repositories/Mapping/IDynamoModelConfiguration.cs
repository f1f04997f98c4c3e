namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Model-wide settings, found by the same assembly scan as the entity configurations (like EF Core's
/// <c>ConfigureConventions</c>): e.g. every <c>Money</c> property, in every entity and nested type, stored one way.
/// </summary>
public interface IDynamoModelConfiguration
{
    /// <summary>Declares the model-wide conventions.</summary>
    /// <param name="conventions">The conventions builder.</param>
    void ConfigureConventions(DynamoConventionsBuilder conventions);
}
