using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.Mapping;

/// <summary>An entity configuration given as a lambda, for tests.</summary>
public sealed class Configuration<T>(Action<DynamoEntityBuilder<T>> configure) : IDynamoEntityConfiguration<T>
    where T : class
{
    public void Configure(DynamoEntityBuilder<T> builder) => configure(builder);
}
