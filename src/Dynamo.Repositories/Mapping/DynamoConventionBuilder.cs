using System.Linq.Expressions;

namespace Dynamo.Repositories.Mapping;

/// <summary>Configures every property of one type (a model-wide convention).</summary>
/// <typeparam name="TProperty">The property type.</typeparam>
public sealed class DynamoConventionBuilder<TProperty>
{
    private readonly DynamoConventionsBuilder _conventions;

    internal DynamoConventionBuilder(DynamoConventionsBuilder conventions) => _conventions = conventions;

    /// <summary>Stores every property of this type as another type through two lambdas (see <c>HasConversion</c>).</summary>
    /// <typeparam name="TProvider">The stored type.</typeparam>
    /// <param name="toProvider">From the property value to the stored value.</param>
    /// <param name="fromProvider">From the stored value back to the property value.</param>
    /// <returns>This builder.</returns>
    public DynamoConventionBuilder<TProperty> HaveConversion<TProvider>(Expression<Func<TProperty, TProvider>> toProvider, Expression<Func<TProvider, TProperty>> fromProvider)
    {
        _conventions.Conversions[typeof(TProperty)] = ValueConversion.Of(toProvider, fromProvider) with { Source = "model-wide conversion" };
        return this;
    }

    /// <summary>Converts every property of this type with a custom converter.</summary>
    /// <param name="converter">The converter.</param>
    /// <returns>This builder.</returns>
    public DynamoConventionBuilder<TProperty> HaveConverter(DynamoConverter<TProperty> converter)
    {
        _conventions.Conversions[typeof(TProperty)] = ValueConversion.Of(converter) with { Source = "model-wide converter" };
        return this;
    }
}
