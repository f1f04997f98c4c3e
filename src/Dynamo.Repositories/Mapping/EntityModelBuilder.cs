using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

// PLACEHOLDER owned by the mapping helper: replace with the real builder.
internal static class EntityModelBuilder
{
    /// <summary>Builds and validates the model from configuration instances (each implements IDynamoEntityConfiguration&lt;T&gt;).</summary>
    public static EntityModel Build(IEnumerable<object> configurations) => throw new NotSupportedException("placeholder");
}
