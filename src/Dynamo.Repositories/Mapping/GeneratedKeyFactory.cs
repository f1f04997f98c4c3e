using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>Validates the generated keys of an entity and compiles how to test their default and set a generated value.</summary>
internal static class GeneratedKeyFactory
{
    /// <summary>Builds the generated keys declared on <paramref name="definition"/>.</summary>
    /// <exception cref="EntityConfigurationException">A generated member is not a key, or its type does not fit its generator.</exception>
    public static List<GeneratedKey> Create(Type entity, EntityDefinition definition, IReadOnlyList<PropertyMetadata> properties, PropertyMetadata partitionKey, PropertyMetadata? sortKey)
    {
        var keys = new List<GeneratedKey>();
        foreach (var (name, declared) in definition.Properties)
        {
            if (declared.Generator is not { } generator)
            {
                continue;
            }

            var property = properties.First(p => p.Name == name);
            if (property != partitionKey && property != sortKey)
            {
                throw new EntityConfigurationException(
                    $"{entity.Name}.{name} has a value generator but is not the partition or sort key. Generate key members only, or set the value in the domain.", entity, name);
            }

            var stored = StoredType(property);
            var resolved = Resolve(entity, name, generator, stored, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            var wrapper = ConvertedConverters.Of(property.Converter);
            keys.Add(new GeneratedKey(property, resolved, IsDefaultOf(property.PropertyType, property.Converter), value => ToPropertyValue(property, wrapper, value, stored)));
        }

        return keys;
    }

    private static Type StoredType(PropertyMetadata property) =>
        ConvertedConverters.Of(property.Converter) is { } converted
            ? converted.Provider.ClrType
            : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

    private static KeyGeneratorDefinition Resolve(Type entity, string name, KeyGeneratorDefinition generator, Type stored, Type model)
    {
        var fits = generator.Kind switch
        {
            KeyGeneratorKind.Automatic => stored == typeof(Guid) || stored == typeof(string) || IsInteger(stored),
            KeyGeneratorKind.Sequence => IsInteger(stored),
            KeyGeneratorKind.Custom => generator.CustomType == model || generator.CustomType == stored,
            _ => true,
        };
        if (!fits)
        {
            throw new EntityConfigurationException(
                $"{entity.Name}.{name} is stored as {ConverterFactory.Describe(stored)}, which its {(generator.Kind == KeyGeneratorKind.Custom ? $"generator of {ConverterFactory.Describe(generator.CustomType!)}" : "generator")} cannot produce. "
                + "ValueGeneratedOnAdd() generates Guid, string and integer keys (wrapped ones too); HasSequence() integers; HasValueGenerator(...) the property's type or the type it stores.",
                entity,
                name);
        }

        return generator.Kind != KeyGeneratorKind.Automatic ? generator with { SequenceName = generator.SequenceName ?? entity.Name }
            : stored == typeof(Guid) ? generator with { Kind = KeyGeneratorKind.GuidV7 }
            : stored == typeof(string) ? generator with { Kind = KeyGeneratorKind.SortableString }
            : generator with { Kind = KeyGeneratorKind.Sequence, SequenceName = entity.Name };
    }

    private static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort);

    private static object? ToPropertyValue(PropertyMetadata property, IConvertedConverter? wrapper, object value, Type stored)
    {
        var model = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (model.IsInstanceOfType(value))
        {
            return value;
        }

        var converted = stored.IsInstanceOfType(value) ? value : Convert.ChangeType(value, stored, CultureInfo.InvariantCulture);
        return wrapper is null ? converted : wrapper.FromProvider(converted!);
    }

    /// <summary>Null, zero, Guid.Empty, an empty string, and a wrapper that is uninitialized (Vogen's IsInitialized) or holds one of these.</summary>
    private static Func<object?, bool> IsDefaultOf(Type type, IAttributeConverter converter)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (ConvertedConverters.Of(converter) is { } wrapper)
        {
            var inner = IsDefaultOf(wrapper.Provider.ClrType, wrapper.Provider);
            var initialized = InitializedTest(type);
            return value => value is null || (initialized is not null && !initialized(value)) || inner(wrapper.ToProvider(value));
        }

        if (type == typeof(string))
        {
            return value => value is null or "";
        }

        var empty = type.IsValueType ? Activator.CreateInstance(type) : null;
        return value => value is null || value.Equals(empty);
    }

    private static Func<object, bool>? InitializedTest(Type type)
    {
        if (type.GetMethod("IsInitialized", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not { ReturnType: var returns } method || returns != typeof(bool))
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        return Expression.Lambda<Func<object, bool>>(Expression.Call(Expression.Convert(instance, type), method), instance).Compile();
    }
}
