using System.Reflection;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Builds the validated <see cref="EntityModel"/> from the entity configurations found by scanning: runs each
/// configuration, maps each entity (compiling its item reader and writer), and checks entities that share a table.
/// </summary>
internal static class EntityModelBuilder
{
    private static readonly MethodInfo ConfigureMethod =
        typeof(EntityModelBuilder).GetMethod(nameof(Configure), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly MethodInfo CreateMethod =
        typeof(EntityMetadataFactory).GetMethod(nameof(EntityMetadataFactory.Create), BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>
    /// Builds and validates the model from configuration instances: each implements IDynamoEntityConfiguration&lt;T&gt;
    /// for one or more T, or <see cref="IDynamoModelConfiguration"/> (model-wide conventions, applied to every entity).
    /// </summary>
    /// <exception cref="EntityConfigurationException">A configuration is wrong; the message names the entity, the property and the fix.</exception>
    public static EntityModel Build(IEnumerable<object> configurations)
    {
        ArgumentNullException.ThrowIfNull(configurations);
        var definitions = new Dictionary<Type, (EntityDefinition Definition, Type Configuration)>();
        var conventions = new DynamoConventionsBuilder();
        foreach (var configuration in configurations)
        {
            ArgumentNullException.ThrowIfNull(configuration, nameof(configurations));
            var entityTypes = EntityTypesOf(configuration.GetType());
            if (configuration is IDynamoModelConfiguration model)
            {
                model.ConfigureConventions(conventions);
            }
            else if (entityTypes.Count == 0)
            {
                throw new EntityConfigurationException(
                    $"{configuration.GetType().Name} implements neither IDynamoEntityConfiguration<T> nor IDynamoModelConfiguration; pass configurations only.",
                    configuration.GetType());
            }

            foreach (var entityType in entityTypes)
            {
                if (definitions.TryGetValue(entityType, out var existing))
                {
                    throw new EntityConfigurationException(
                        $"{entityType.Name} is configured twice, by {existing.Configuration.Name} and by {configuration.GetType().Name}. Keep one configuration per entity.",
                        entityType);
                }

                var definition = (EntityDefinition)ConfigureMethod.MakeGenericMethod(entityType)
                    .Invoke(null, BindingFlags.DoNotWrapExceptions, null, [configuration], null)!;
                definitions.Add(entityType, (definition, configuration.GetType()));
            }
        }

        var converters = new ConverterFactory(conventions.Conversions);
        var entities = new List<EntityMetadata>(definitions.Count);
        foreach (var (entityType, (definition, _)) in definitions)
        {
            var metadata = (EntityMetadata)CreateMethod.MakeGenericMethod(entityType)
                .Invoke(null, BindingFlags.DoNotWrapExceptions, null, [definition, converters], null)!;
            metadata.DomainEvents = definition.DomainEvents
                ?? conventions.DomainEventDeclarations.FirstOrDefault(d => d.BaseType.IsAssignableFrom(entityType)).Accessor;
            entities.Add(metadata);
        }

        SharedTableValidator.Validate(entities);
        return new EntityModel(entities);
    }

    private static List<Type> EntityTypesOf(Type configurationType) =>
        [.. configurationType.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDynamoEntityConfiguration<>))
            .Select(i => i.GetGenericArguments()[0])];

    private static EntityDefinition Configure<T>(object configuration)
        where T : class
    {
        var builder = new DynamoEntityBuilder<T>();
        ((IDynamoEntityConfiguration<T>)configuration).Configure(builder);
        return builder.Definition;
    }
}
