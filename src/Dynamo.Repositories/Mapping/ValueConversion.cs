using System.Linq.Expressions;

namespace Dynamo.Repositories.Mapping;

/// <summary>A declared conversion: a pair of lambdas between a model type and a stored type, or a custom converter instance.</summary>
/// <param name="ModelType">The property type converted.</param>
/// <param name="ProviderType">The stored type (null with a custom converter).</param>
/// <param name="ToProvider">The lambda from the model value to the stored value.</param>
/// <param name="FromProvider">The lambda from the stored value back to the model value.</param>
/// <param name="Converter">A <see cref="DynamoConverter{TValue}"/> instance, instead of the lambdas.</param>
/// <param name="Source">Where the conversion comes from, for messages.</param>
/// <param name="ValueMember">For a built-in wrapper convention, the member holding the stored value (queries read <c>x.Id.Value</c> as the attribute).</param>
internal sealed record ValueConversion(
    Type ModelType, Type? ProviderType, LambdaExpression? ToProvider, LambdaExpression? FromProvider, object? Converter, string Source = "HasConversion", System.Reflection.MemberInfo? ValueMember = null)
{
    /// <summary>Creates a conversion from two lambdas.</summary>
    public static ValueConversion Of<TModel, TProvider>(Expression<Func<TModel, TProvider>> toProvider, Expression<Func<TProvider, TModel>> fromProvider)
    {
        ArgumentNullException.ThrowIfNull(toProvider);
        ArgumentNullException.ThrowIfNull(fromProvider);
        return new(typeof(TModel), typeof(TProvider), toProvider, fromProvider, null);
    }

    /// <summary>Creates a conversion through a custom converter.</summary>
    public static ValueConversion Of<TModel>(DynamoConverter<TModel> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        return new(typeof(TModel), null, null, null, converter);
    }
}
