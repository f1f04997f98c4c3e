using System.Reflection;

namespace Dynamo.Repositories.Metadata;

/// <summary>
/// A converter that stores a model type as another (provider) type: a HasConversion lambda pair, a model-wide
/// convention, or a built-in convention for single-value wrappers and SmartEnum-style types. Queries use it to convert
/// constants and to read a wrapper's value member (<c>x.Id.Value</c>) as the stored attribute itself.
/// </summary>
internal interface IConvertedConverter
{
    /// <summary>Gets the converter of the stored (provider) type.</summary>
    IAttributeConverter Provider { get; }

    /// <summary>Gets the wrapper member that holds the stored value (e.g. <c>Value</c>), or null for lambda conversions.</summary>
    MemberInfo? ValueMember { get; }

    /// <summary>Gets where the conversion comes from, for messages (e.g. "HasConversion", "single-value wrapper").</summary>
    string Source { get; }

    /// <summary>Converts a model value to its stored value (boxed; for key generation, not the hot path).</summary>
    object? ToProvider(object value);

    /// <summary>Converts a stored value to the model value (boxed; for key generation, not the hot path).</summary>
    object? FromProvider(object value);
}
