using System.Linq.Expressions;
using System.Reflection;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Metadata.Converters;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Compiles, once per mapped class, the delegates that write an instance into an attribute map and read it back:
/// straight-line code calling each member's typed converter, with no reflection and no boxing per item.
/// </summary>
internal static class MapperCompiler
{
    private static readonly Type ItemType = typeof(Dictionary<string, AttributeValue>);
    private static readonly ConstructorInfo ItemConstructor = ItemType.GetConstructor([typeof(int)])!;
    private static readonly MethodInfo AddMethod = ItemType.GetMethod(nameof(Dictionary<string, AttributeValue>.Add))!;
    private static readonly MethodInfo TryGetValueMethod = ItemType.GetMethod(nameof(Dictionary<string, AttributeValue>.TryGetValue))!;
    private static readonly MethodInfo IsNullMethod = typeof(AttributeValues).GetMethod(nameof(AttributeValues.IsNull))!;
    private static readonly PropertyInfo StringMember = typeof(AttributeValue).GetProperty(nameof(AttributeValue.S))!;
    private static readonly MethodInfo WrapMethod = typeof(MappingErrors).GetMethod(nameof(MappingErrors.Wrap))!;
    private static readonly ConstructorInfo WrittenItemConstructor = typeof(WrittenItem).GetConstructor([typeof(AttributeValue), typeof(AttributeValue), typeof(long)])!;
    private static readonly MethodInfo ValueBoundMethod = typeof(ItemSizeEstimator).GetMethod(nameof(ItemSizeEstimator.WrittenBound))!;
    private static readonly MethodInfo TextBoundMethod = typeof(ItemSizeEstimator).GetMethod(nameof(ItemSizeEstimator.TextBound))!;
    private static readonly PropertyInfo StringLength = typeof(string).GetProperty(nameof(string.Length))!;
    private static readonly MethodInfo KeyMissingMethod = typeof(MappingErrors).GetMethod(nameof(MappingErrors.KeyMissing))!;
    private static readonly MethodInfo KeyEmptyMethod = typeof(MappingErrors).GetMethod(nameof(MappingErrors.KeyEmpty))!;
    private static readonly MethodInfo IsEmptyKeyMethod = typeof(MappingErrors).GetMethod(nameof(MappingErrors.IsEmptyKey))!;

    /// <summary>
    /// Compiles the writer: every non-null member becomes an attribute (pre-sized map, declaration order). Then the key
    /// members of <paramref name="keys"/> are checked in order, on the values just written (no lookup in the item), and
    /// the table key (the required checks: partition key, then sort key) is handed back. A <paramref name="sized"/>
    /// writer (the commit's) also adds up the size bound of what it writes, attribute by attribute, as
    /// <see cref="ItemSizeEstimator.Bound(Dictionary{string, AttributeValue}?)"/> would over the finished item; the
    /// plain one hands back 0.
    /// </summary>
    public static ItemWriter<T> CompileWriter<T>(IReadOnlyList<MappedMember> members, IReadOnlyList<KeyCheck>? keys = null, bool sized = false)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        var writtenItem = Expression.Parameter(typeof(WrittenItem).MakeByRefType(), "writtenItem");
        var item = Expression.Variable(ItemType, "item");
        var written = Expression.Variable(typeof(AttributeValue), "written");
        var current = Expression.Variable(typeof(int), "current");
        var bound = Expression.Variable(typeof(long), "bound");
        keys ??= [];
        var captures = new Dictionary<int, ParameterExpression>();
        foreach (var key in keys)
        {
            captures.TryAdd(key.Member, Expression.Variable(typeof(AttributeValue), "key" + key.Member.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var statements = new List<Expression>(members.Count * 2);
        for (var i = 0; i < members.Count; i++)
        {
            statements.Add(Expression.Assign(current, Expression.Constant(i)));
            statements.Add(WriteMember(entity, item, written, members[i], captures.GetValueOrDefault(i), sized ? bound : null));
        }

        var body = new List<Expression>(keys.Count + 3)
        {
            Expression.Assign(item, Expression.New(ItemConstructor, Expression.Constant(members.Count))),
            Expression.Assign(bound, Expression.Constant(0L)),
            Guard(typeof(T), members, current, statements, reading: false),
        };
        foreach (var key in keys)
        {
            body.Add(CheckKey(typeof(T), members[key.Member], captures[key.Member], key.Required));
        }

        var table = keys.Where(k => k.Required).Select(k => (Expression)captures[k.Member]).ToList();
        while (table.Count < 2)
        {
            table.Add(Expression.Constant(null, typeof(AttributeValue)));
        }

        body.Add(Expression.Assign(writtenItem, Expression.New(WrittenItemConstructor, table[0], table[1], bound)));
        body.Add(item);
        var block = Expression.Block([item, written, current, bound, .. captures.Values], body);
        return Expression.Lambda<ItemWriter<T>>(block, entity, writtenItem).Compile();
    }

    /// <summary>
    /// Compiles the reader: reads the members the constructor binds into locals, creates the instance through that
    /// constructor, then sets every other present attribute through its setter or backing field; unknown attributes are
    /// ignored. A bound member whose attribute is missing passes its default.
    /// </summary>
    public static Func<Dictionary<string, AttributeValue>, T> CompileReader<T>(IReadOnlyList<MappedMember> members, ConstructorBinding binding)
    {
        var item = Expression.Parameter(ItemType, "item");
        var instance = Expression.Variable(typeof(T), "instance");
        var stored = Expression.Variable(typeof(AttributeValue), "stored");
        var current = Expression.Variable(typeof(int), "current");
        var locals = new ParameterExpression?[members.Count];
        var statements = new List<Expression>((members.Count * 2) + 1);
        foreach (var index in binding.Members)
        {
            locals[index] = Expression.Variable(members[index].MemberType, "bound" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
            statements.Add(Expression.Assign(current, Expression.Constant(index)));
            statements.Add(Expression.Assign(locals[index]!, ReadValue(item, stored, members[index])));
        }

        var parameters = binding.Constructor?.GetParameters() ?? [];
        statements.Add(Expression.Assign(
            instance,
            binding.Constructor is null
                ? Expression.Default(typeof(T))
                : Expression.New(binding.Constructor, binding.Members.Select((m, i) => ConvertTo(locals[m]!, parameters[i].ParameterType)))));
        for (var i = 0; i < members.Count; i++)
        {
            if (locals[i] is null)
            {
                statements.Add(Expression.Assign(current, Expression.Constant(i)));
                statements.Add(ReadMember(item, instance, stored, members[i]));
            }
        }

        var body = Expression.Block(
            [instance, stored, current, .. locals.OfType<ParameterExpression>()],
            Guard(typeof(T), members, current, statements, reading: true),
            instance);
        return Expression.Lambda<Func<Dictionary<string, AttributeValue>, T>>(body, item).Compile();
    }

    private static Expression ConvertTo(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);

    private static Expression WriteMember(
        ParameterExpression entity, ParameterExpression item, ParameterExpression written, MappedMember member, ParameterExpression? capture, ParameterExpression? bound)
    {
        var name = Expression.Constant(member.AttributeName);
        var nameBound = ItemSizeEstimator.TextBound(member.AttributeName.Length);
        var type = member.MemberType;
        var value = Expression.Variable(type, "value");
        ConstantExpression converter;
        Expression argument;
        Expression? hasValue;
        if (InnerOfNullable(member) is { } inner)
        {
            converter = inner;
            argument = Expression.Call(value, type.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);
            hasValue = Expression.Property(value, "HasValue");
        }
        else
        {
            converter = Typed(member.Converter, type);
            argument = value;
            hasValue = HasValue(value, type);
        }

        Expression write;
        if (member.Converter.GetType() == typeof(StringConverter) && capture is null)
        {
            // The built-in string converter inlined: a non-null string is always its own S value.
            write = Expression.Call(
                item,
                AddMethod,
                name,
                Expression.MemberInit(Expression.New(typeof(AttributeValue)), Expression.Bind(StringMember, argument)));
            write = Bounded(write, bound, nameBound, () => Expression.Call(TextBoundMethod, Expression.Property(argument, StringLength)));
        }
        else
        {
            Expression call = member.Converter.GetType() == typeof(StringConverter)
                ? Expression.MemberInit(Expression.New(typeof(AttributeValue)), Expression.Bind(StringMember, argument))
                : StaticMethod(converter, "WriteValue", argument.Type, typeof(AttributeValue)) is { } writeValue
                    ? Expression.Call(writeValue, argument)
                    : Expression.Call(converter, converter.Type.GetMethod("Write", [argument.Type])!, argument);
            var target = capture ?? written;
            var add = Bounded(Expression.Call(item, AddMethod, name, target), bound, nameBound, () => Expression.Call(ValueBoundMethod, target));

            write = Expression.Block(
                Expression.Assign(target, call),
                Expression.IfThen(Expression.ReferenceNotEqual(target, Expression.Constant(null, typeof(AttributeValue))), add));
        }

        return Expression.Block(
            [value],
            Expression.Assign(value, MemberAccess.Get(entity, member.Member)),
            hasValue is null ? write : Expression.IfThen(hasValue, write));
    }

    /// <summary>After an attribute is added, adds its bound (name and value) to <paramref name="bound"/>, for a sizing writer.</summary>
    private static Expression Bounded(Expression add, ParameterExpression? bound, long nameBound, Func<Expression> valueBound) =>
        bound is null ? add : Expression.Block(add, Expression.AddAssign(bound, Expression.Add(Expression.Constant(nameBound), valueBound())));

    /// <summary>
    /// Checks a key attribute as written: a table key (required) must be present, and no key may be an empty string or
    /// binary, which DynamoDB rejects in table and index keys.
    /// </summary>
    internal static Expression CheckKey(Type owner, MappedMember member, ParameterExpression written, bool required)
    {
        var missing = Expression.ReferenceEqual(written, Expression.Constant(null, typeof(AttributeValue)));
        var empty = Expression.Throw(Expression.Call(KeyEmptyMethod, Expression.Constant(owner), Expression.Constant(member.Name)));
        var isEmpty = Expression.Call(IsEmptyKeyMethod, written);
        return required
            ? Expression.IfThenElse(
                missing,
                Expression.Throw(Expression.Call(KeyMissingMethod, Expression.Constant(owner), Expression.Constant(member.Name))),
                Expression.IfThen(isEmpty, empty))
            : Expression.IfThen(Expression.AndAlso(Expression.Not(missing), isEmpty), empty);
    }

    private static Expression ReadMember(ParameterExpression item, ParameterExpression instance, ParameterExpression stored, MappedMember member)
    {
        var (present, value, missing) = ReadParts(item, stored, member);
        var assign = MemberAccess.Set(instance, member.Member, value);
        return missing is null
            ? Expression.IfThen(present, assign)
            : Expression.IfThenElse(present, assign, MemberAccess.Set(instance, member.Member, missing));
    }

    /// <summary>The value of a member as stored: its read value, its value when missing (empty sets), else its default.</summary>
    private static Expression ReadValue(ParameterExpression item, ParameterExpression stored, MappedMember member)
    {
        var (present, value, missing) = ReadParts(item, stored, member);
        return Expression.Condition(present, value, missing ?? Expression.Default(member.MemberType));
    }

    /// <summary>The test that the attribute is present (setting <paramref name="stored"/>), the value read from it, and the value of a missing attribute when its converter has one.</summary>
    private static (Expression Present, Expression Value, Expression? Missing) ReadParts(ParameterExpression item, ParameterExpression stored, MappedMember member)
    {
        var type = member.MemberType;
        var read = InnerOfNullable(member) is { } inner
            ? Expression.Convert(ReadCall(inner, Nullable.GetUnderlyingType(type)!, stored), type)
            : (Expression)ReadCall(Typed(member.Converter, type), type, stored);
        var present = Expression.Call(item, TryGetValueMethod, Expression.Constant(member.AttributeName), stored);
        var value = Expression.Condition(Expression.Call(IsNullMethod, stored), Expression.Default(type), read);
        var typed = Typed(member.Converter, type);
        var missing = (bool)typed.Type.GetProperty("HasValueWhenMissing")!.GetValue(member.Converter)!
            ? Expression.Call(typed, typed.Type.GetMethod("ValueWhenMissing")!)
            : null;
        return (present, value, missing);
    }

    private static MethodCallExpression ReadCall(ConstantExpression converter, Type type, ParameterExpression stored) =>
        StaticMethod(converter, "ReadValue", typeof(AttributeValue), type) is { } readValue
            ? Expression.Call(readValue, stored)
            : Expression.Call(converter, converter.Type.GetMethod("Read")!, stored);

    /// <summary>
    /// The static twin of Write or Read on a built-in converter (WriteValue, ReadValue), called directly: no converter
    /// constant to load and cast, no virtual call. Converters of other assemblies are always called through the instance.
    /// </summary>
    private static MethodInfo? StaticMethod(ConstantExpression converter, string name, Type parameter, Type returns)
    {
        var type = converter.Value!.GetType();
        return type.Assembly == typeof(MapperCompiler).Assembly
            && type.GetMethod(name, BindingFlags.Public | BindingFlags.Static, [parameter]) is { } method
            && method.ReturnType == returns
            ? method
            : null;
    }

    /// <summary>The converter as a constant typed to its AttributeConverter base, so calls dispatch virtually without casts.</summary>
    internal static ConstantExpression Typed(object converter, Type type) =>
        Expression.Constant(converter, typeof(AttributeConverter<>).MakeGenericType(type));

    /// <summary>For a Nullable member using the built-in nullable converter, the underlying converter (called directly to avoid a wrapper hop).</summary>
    internal static ConstantExpression? InnerOfNullable(MappedMember member)
    {
        if (Nullable.GetUnderlyingType(member.MemberType) is not { } underlying
            || member.Converter.GetType() != typeof(NullableConverter<>).MakeGenericType(underlying))
        {
            return null;
        }

        var inner = member.Converter.GetType().GetProperty("Inner")!.GetValue(member.Converter)!;
        return Typed(inner, underlying);
    }

    internal static Expression? HasValue(ParameterExpression value, Type type) =>
        type.IsValueType
            ? Nullable.GetUnderlyingType(type) is null ? null : Expression.Property(value, "HasValue")
            : Expression.ReferenceNotEqual(value, Expression.Constant(null, type));

    internal static TryExpression Guard(Type owner, IReadOnlyList<MappedMember> members, ParameterExpression current, List<Expression> statements, bool reading)
    {
        var exception = Expression.Parameter(typeof(Exception), "exception");
        var names = members.Select(m => m.Name).ToArray();
        var attributes = members.Select(m => m.AttributeName).ToArray();
        var wrap = Expression.Call(
            WrapMethod,
            Expression.Constant(owner),
            Expression.Constant(names),
            Expression.Constant(attributes),
            current,
            Expression.Constant(reading),
            exception);
        statements.Add(Expression.Empty());
        return Expression.TryCatch(
            Expression.Block(typeof(void), statements),
            Expression.Catch(exception, Expression.Throw(wrap, typeof(void))));
    }
}
