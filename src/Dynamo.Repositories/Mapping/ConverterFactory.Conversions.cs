using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Metadata.Converters;

namespace Dynamo.Repositories.Mapping;

// Declared conversions (HasConversion, model-wide conventions, the built-in wrapper conventions) as converters.
internal sealed partial class ConverterFactory
{
    private readonly IReadOnlyDictionary<Type, ValueConversion> _conventions;

    /// <summary>Creates the converter of a declared conversion: the stored type keeps its own converter (and so its key type).</summary>
    /// <exception cref="EntityConfigurationException">The stored type is not supported, or is the converted type itself.</exception>
    public IAttributeConverter FromConversion(ValueConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        if (conversion.Converter is { } custom)
        {
            return Activate(typeof(CustomConverter<>), [conversion.ModelType], custom);
        }

        var providerType = conversion.ProviderType!;
        var provider = providerType == conversion.ModelType ? null : Create(providerType);
        if (provider is null or INestedConverter)
        {
            throw new EntityConfigurationException(
                $"The {conversion.Source} of {Describe(conversion.ModelType)} stores it as {Describe(providerType)}, which is not a supported single value. Convert to a string, number, Guid, date, enum or byte[].",
                conversion.ModelType);
        }

        return Activate(
            typeof(ConvertedConverter<,>),
            [conversion.ModelType, providerType],
            conversion.ToProvider!.Compile(),
            conversion.FromProvider!.Compile(),
            provider,
            conversion.ValueMember!,
            conversion.Source);
    }
}
