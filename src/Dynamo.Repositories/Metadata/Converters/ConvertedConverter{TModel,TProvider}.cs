using System.Reflection;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata.Converters;

/// <summary>
/// Stores <typeparamref name="TModel"/> as <typeparamref name="TProvider"/> through two compiled functions and the
/// provider's own converter, so a wrapped value keeps the provider's DynamoDB type (S, N or B) and can be a key.
/// </summary>
/// <typeparam name="TModel">The property type (a value object, a strongly-typed id, a SmartEnum).</typeparam>
/// <typeparam name="TProvider">The stored type.</typeparam>
internal sealed class ConvertedConverter<TModel, TProvider>(
    Func<TModel, TProvider> toProvider,
    Func<TProvider, TModel> fromProvider,
    AttributeConverter<TProvider> provider,
    MemberInfo? valueMember,
    string source) : AttributeConverter<TModel>, IConvertedConverter
{
    /// <inheritdoc/>
    public override ScalarAttributeType? KeyType => provider.KeyType;

    /// <inheritdoc/>
    public IAttributeConverter Provider => provider;

    /// <inheritdoc/>
    public MemberInfo? ValueMember => valueMember;

    /// <inheritdoc/>
    public string Source => source;

    /// <inheritdoc/>
    public object? ToProvider(object value) => toProvider((TModel)value);

    /// <inheritdoc/>
    public object? FromProvider(object value) => fromProvider((TProvider)value);

    /// <inheritdoc/>
    public override AttributeValue? Write(TModel value)
    {
        var stored = toProvider(value);
        return stored is null ? null : provider.Write(stored);
    }

    /// <inheritdoc/>
    public override TModel Read(AttributeValue value) => fromProvider(provider.Read(value));
}
