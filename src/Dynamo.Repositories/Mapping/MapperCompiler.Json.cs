using System.Linq.Expressions;
using System.Reflection;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Metadata.Converters;

namespace Dynamo.Repositories.Mapping;

// The reader of the wire path: the same compiled reader, over an item located in the response bytes (JsonItem).
internal static partial class MapperCompiler
{
    private static readonly MethodInfo HasMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.Has))!;
    private static readonly MethodInfo IsMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.Is))!;
    private static readonly MethodInfo IsNullSlotMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.IsNull))!;
    private static readonly MethodInfo ValueMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.Value))!;
    private static readonly MethodInfo StringMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.String))!;
    private static readonly MethodInfo BooleanMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.Boolean))!;
    private static readonly MethodInfo ParseMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.Parse))!;
    private static readonly MethodInfo StringsMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.Strings))!;
    private static readonly MethodInfo StringListMethod = typeof(JsonItem).GetMethod(nameof(JsonItem.StringList))!;

    /// <summary>
    /// Compiles the JSON reader of a class: as <see cref="CompileReader{T}"/> (constructor binding, setters, backing
    /// fields, missing values, the same errors), with each member's attribute found by slot in a <see cref="JsonItem"/>
    /// (the member's index). Strings, booleans and the built-in converters that parse text (numbers, Guid, dates,
    /// enums) read straight from the bytes; every other member reads its one attribute value and calls its converter.
    /// </summary>
    public static Func<JsonItem, T> CompileJsonReader<T>(IReadOnlyList<MappedMember> members, ConstructorBinding binding)
    {
        var item = Expression.Parameter(typeof(JsonItem), "item");
        var stored = Expression.Variable(typeof(AttributeValue), "stored");
        return CompileReader<JsonItem, T>(item, stored, members, binding, index => JsonParts(item, stored, members[index], index));
    }

    private static (Expression Present, Expression Value, Expression? Missing) JsonParts(ParameterExpression item, ParameterExpression stored, MappedMember member, int index)
    {
        var slot = Expression.Constant(index);
        Expression read = Expression.Block(Expression.Assign(stored, Expression.Call(item, ValueMethod, slot)), StoredRead(member, stored));
        if (NativeRead(item, slot, member) is { } native)
        {
            read = Expression.Condition(Expression.Call(item, IsMethod, slot, Expression.Constant(native.Tag)), native.Read, read);
        }

        var value = Expression.Condition(Expression.Call(item, IsNullSlotMethod, slot), Expression.Default(member.MemberType), read);
        return (Expression.Call(item, HasMethod, slot), value, MissingValue(member));
    }

    /// <summary>The read straight from the bytes of a member whose built-in converter reads one S, N or BOOL text, with the type it needs; otherwise null.</summary>
    private static (byte Tag, Expression Read)? NativeRead(ParameterExpression item, ConstantExpression slot, MappedMember member)
    {
        var inner = InnerOfNullable(member);
        var converter = inner?.Value ?? member.Converter;
        var type = inner is null ? member.MemberType : Nullable.GetUnderlyingType(member.MemberType)!;
        (byte Tag, Expression Read)? native = null;
        if (converter.GetType() == typeof(StringConverter))
        {
            native = (JsonItem.S, Expression.Call(item, StringMethod, slot));
        }
        else if (converter.GetType() == typeof(BooleanConverter))
        {
            native = (JsonItem.Bool, Expression.Call(item, BooleanMethod, slot));
        }
        else if (converter.GetType().IsGenericType && ((IAttributeConverter)converter).ElementConverter?.GetType() == typeof(StringConverter)
            && converter.GetType().GetGenericTypeDefinition() is var definition
            && (definition == typeof(SetConverter<,>) || definition == typeof(ListConverter<,>)))
        {
            // Sets and lists of strings with the built-in converters: the strings straight from the bytes.
            var read = definition == typeof(SetConverter<,>) ? StringsMethod : StringListMethod;
            native = (definition == typeof(SetConverter<,>) ? JsonItem.StringSet : JsonItem.List, Expression.Call(item, read.MakeGenericMethod(type), slot, Typed(converter, type)));
        }
        else if (converter.GetType().Assembly == typeof(MapperCompiler).Assembly
            && converter.GetType().GetMethod("ReadText", BindingFlags.Public | BindingFlags.Static, [typeof(ReadOnlySpan<char>)]) is { } readText
            && readText.ReturnType == type
            && ((IAttributeConverter)converter).KeyType is { } keyType
            && (keyType == ScalarAttributeType.S || keyType == ScalarAttributeType.N))
        {
            var parserType = typeof(TextParser<>).MakeGenericType(type);
            var parser = Expression.Constant(readText.CreateDelegate(parserType), parserType);
            native = (keyType == ScalarAttributeType.S ? JsonItem.S : JsonItem.N, Expression.Call(item, ParseMethod.MakeGenericMethod(type), slot, parser));
        }

        return native is { } found && type != member.MemberType ? (found.Tag, Expression.Convert(found.Read, member.MemberType)) : native;
    }
}
