namespace Dynamo.Repositories.Metadata;

/// <summary>A key member whose value is generated when its entity is added, if it still holds its default.</summary>
/// <param name="Property">The key property.</param>
/// <param name="Generator">The resolved generator definition (never <see cref="KeyGeneratorKind.Automatic"/>).</param>
/// <param name="IsDefault">Tells whether a (boxed) value is the default: null, 0, Guid.Empty, "", an uninitialized wrapper.</param>
/// <param name="ToPropertyValue">Turns a generated value (a Guid, string, long or the custom type) into the property's value.</param>
internal sealed record GeneratedKey(
    PropertyMetadata Property, KeyGeneratorDefinition Generator, Func<object?, bool> IsDefault, Func<object, object?> ToPropertyValue);
