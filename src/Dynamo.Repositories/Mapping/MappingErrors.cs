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
}
