namespace Dynamo.Repositories.Mapping;

/// <summary>Declares conversions that apply to every property of a type, in every entity and nested type.</summary>
public sealed class DynamoConventionsBuilder
{
    internal DynamoConventionsBuilder()
    {
    }

    internal Dictionary<Type, ValueConversion> Conversions { get; } = [];

    /// <summary>Configures every property of type <typeparamref name="TProperty"/>.</summary>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <returns>A builder for the convention.</returns>
    public DynamoConventionBuilder<TProperty> Properties<TProperty>() => new(this);
}
