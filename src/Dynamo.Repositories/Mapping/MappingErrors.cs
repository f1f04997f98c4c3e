using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Mapping;

/// <summary>Turns a converter failure inside a compiled mapper into an <see cref="EntityMappingException"/> naming the type, the property and the attribute, never the value.</summary>
internal static class MappingErrors
{
    /// <summary>Wraps the failure of member <paramref name="index"/>; a failure inside a nested map keeps its path (e.g. Address.Zip).</summary>
    public static Exception Wrap(Type owner, string[] names, string[] attributes, int index, bool reading, Exception exception)
    {
        var property = names[index];
        if (exception is EntityMappingException { InnerException: { } cause } nested)
        {
            // A nested map failed: report the whole path from this type, with the original cause.
            property = $"{property}.{nested.PropertyName}";
            exception = cause;
        }

        var reason = exception switch
        {
            FormatException or OverflowException or ArgumentException or InvalidCastException => exception.Message,
            _ => $"its converter threw {exception.GetType().Name}.",
        };

        var message = reading
            ? $"Cannot read {owner.Name}.{property} from attribute '{attributes[index]}': {reason} Fix the stored data, or change the property type or its converter."
            : $"Cannot write {owner.Name}.{property} to attribute '{attributes[index]}': {reason} Change the value, or the property type or its converter.";
        return new EntityMappingException(message, owner, property, exception);
    }

    /// <summary>The error of a table key property that is null when an entity is written.</summary>
    public static EntityMappingException KeyMissing(Type owner, string property) =>
        new($"The key {owner.Name}.{property} is null; set it before writing the entity.", owner, property);

    /// <summary>The error of a table or index key written as an empty string or binary.</summary>
    public static EntityMappingException KeyEmpty(Type owner, string property) =>
        new(
            $"The key {owner.Name}.{property} is empty; DynamoDB rejects empty strings and binaries in table and index keys. Set a value (or null, for an index key).",
            owner,
            property);

    /// <summary>Tells whether a written key value is an empty string or binary.</summary>
    public static bool IsEmptyKey(AttributeValue value) => value.S is { Length: 0 } || value.B is { Length: 0 };
}
