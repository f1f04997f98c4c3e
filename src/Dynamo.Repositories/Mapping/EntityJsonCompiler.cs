using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Items;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Metadata.Converters;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Compiles, once per entity type and shape, an <see cref="EntityJsonWriter{T}"/>: the same members, checks and size
/// bound as the item writer of <see cref="MapperCompiler"/>, written as JSON. Built-in scalars (strings, numbers,
/// DateTime, Guid, bool, enums, byte[] and their nullable forms) are written natively; every other member (custom
/// converters, conversions, value objects, nested maps, lists, sets, dictionaries) is converted by its converter and that
/// one attribute value is written as the request writer writes it, so every mapping works. Key members are always
/// converted, so their values can be checked and handed back.
/// </summary>
internal static class EntityJsonCompiler
{
    private static readonly ConstructorInfo WrittenItemConstructor = typeof(WrittenItem).GetConstructor([typeof(AttributeValue), typeof(AttributeValue), typeof(long)])!;
    private static readonly MethodInfo ConvertedMethod = Member(nameof(EntityJsonMembers.Converted));
    private static readonly MethodInfo UnwrittenMethod = Member(nameof(EntityJsonMembers.Unwritten));
    private static readonly MethodInfo VersionMethod = Member(nameof(EntityJsonMembers.Number)).MakeGenericMethod(typeof(long));

    /// <summary>
    /// Compiles a writer of <paramref name="metadata"/>'s entity that writes member <c>i</c> under <paramref name="names"/>[i]
    /// (attribute names for an item, value placeholders for an update), or does not write it when that name is null
    /// (the keys of an update; they are still converted, checked, counted in the size bound and handed back).
    /// </summary>
    public static EntityJsonWriter<T> Compile<T>(EntityMetadata<T> metadata, IReadOnlyList<string?> names)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var properties = metadata.Properties;
        var members = properties.Select(p => new MappedMember(p.Member, p.PropertyType, p.AttributeName, p.Converter, p.Name == p.Member.Name ? null : p.Name)).ToList();
        var keys = EntityMetadataFactory.KeyChecks(properties, metadata.PartitionKey, metadata.SortKey, metadata.Indexes);
        var entity = Expression.Parameter(typeof(T), "entity");
        var writer = Expression.Parameter(typeof(Utf8JsonWriter), "writer");
        var newVersion = Expression.Parameter(typeof(long?), "newVersion");
        var present = Expression.Parameter(typeof(ulong).MakeByRefType(), "present");
        var shape = new Shape(
            writer,
            newVersion,
            Expression.Variable(typeof(long), "bound"),
            Expression.Variable(typeof(long), "share"),
            Expression.Variable(typeof(ulong), "mask"),
            Expression.Variable(typeof(AttributeValue), "written"));
        var current = Expression.Variable(typeof(int), "current");
        var captures = new Dictionary<int, ParameterExpression>();
        foreach (var key in keys)
        {
            captures.TryAdd(key.Member, Expression.Variable(typeof(AttributeValue), "key" + key.Member.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var statements = new List<Expression>(members.Count * 2);
        var bit = 0;
        for (var i = 0; i < members.Count; i++)
        {
            statements.Add(Expression.Assign(current, Expression.Constant(i)));
            var version = ReferenceEquals(properties[i], metadata.Version);
            statements.Add(WriteMember(entity, members[i], names[i], names[i] is null ? -1 : bit++, captures.GetValueOrDefault(i), version, shape));
        }

        var body = new List<Expression>
        {
            Expression.Assign(shape.Bound, Expression.Constant(0L)),
            Expression.Assign(shape.Mask, Expression.Constant(0UL)),
            MapperCompiler.Guard(typeof(T), members, current, statements, reading: false),
        };
        body.AddRange(keys.Select(key => MapperCompiler.CheckKey(typeof(T), members[key.Member], captures[key.Member], key.Required)));
        var table = keys.Where(k => k.Required).Select(k => (Expression)captures[k.Member]).ToList();
        while (table.Count < 2)
        {
            table.Add(Expression.Constant(null, typeof(AttributeValue)));
        }

        body.Add(Expression.Assign(present, shape.Mask));
        body.Add(Expression.New(WrittenItemConstructor, table[0], table[1], shape.Bound));
        var block = Expression.Block([current, shape.Bound, shape.Share, shape.Mask, shape.Written, .. captures.Values], body);
        return Expression.Lambda<EntityJsonWriter<T>>(block, entity, writer, newVersion, present).Compile();
    }

    private static Expression WriteMember(ParameterExpression entity, MappedMember member, string? name, int bit, ParameterExpression? capture, bool version, Shape shape)
    {
        var value = Expression.Variable(member.MemberType, "value");
        var nameBound = Expression.Constant(ItemSizeEstimator.TextBound(member.AttributeName.Length));
        var json = name is null ? null : Expression.Constant(JsonEncodedText.Encode(name));
        Expression mark = json is null || bit >= 64 ? Expression.Empty() : Expression.OrAssign(shape.Mask, Expression.Constant(1UL << bit));

        // The converter that writes the value, and the value it takes (the built-in nullable converter's inner one is called directly).
        var inner = MapperCompiler.InnerOfNullable(member);
        var converter = inner ?? MapperCompiler.Typed(member.Converter, member.MemberType);
        var argument = inner is null ? value : (Expression)Expression.Call(value, member.MemberType.GetMethod(nameof(Nullable<int>.GetValueOrDefault), Type.EmptyTypes)!);
        var hasValue = inner is null ? MapperCompiler.HasValue(value, member.MemberType) : Expression.Property(value, "HasValue");

        Expression write;
        if (capture is null && json is not null && Native(converter.Value!, argument.Type) is { } native)
        {
            // A native writer returns the attribute's bound, or -1 when it wrote nothing (an empty set).
            Expression[] arguments = native.GetParameters().Length == 5
                ? [shape.Writer, json, nameBound, argument, converter]
                : [shape.Writer, json, nameBound, argument];
            write = Expression.Block(
                Expression.Assign(shape.Share, Expression.Call(native, arguments)),
                Expression.IfThen(Expression.GreaterThanOrEqual(shape.Share, Expression.Constant(0L)), Expression.Block(Expression.AddAssign(shape.Bound, shape.Share), mark)));
        }
        else
        {
            var target = capture ?? shape.Written;
            var add = json is null
                ? Expression.AddAssign(shape.Bound, Expression.Call(UnwrittenMethod, nameBound, target))
                : (Expression)Expression.Block(Expression.AddAssign(shape.Bound, Expression.Call(ConvertedMethod, shape.Writer, json, nameBound, target)), mark);
            write = Expression.Block(
                Expression.Assign(target, Expression.Call(converter, converter.Type.GetMethod("Write", [argument.Type])!, argument)),
                Expression.IfThen(Expression.ReferenceNotEqual(target, Expression.Constant(null, typeof(AttributeValue))), add));
        }

        write = hasValue is null ? write : Expression.IfThen(hasValue, write);
        if (version && json is not null)
        {
            // The version written is the one the commit sets (the loaded one plus one), whatever the entity holds now.
            var bumped = Expression.Block(
                Expression.AddAssign(shape.Bound, Expression.Call(VersionMethod, shape.Writer, json, nameBound, Expression.Property(shape.NewVersion, "Value"))),
                mark);
            write = Expression.IfThenElse(Expression.Property(shape.NewVersion, "HasValue"), bumped, write);
        }

        return Expression.Block([value], Expression.Assign(value, MemberAccess.Get(entity, member.Member)), write);
    }

    /// <summary>The native member writer of a built-in converter, or null when the converter's attribute value is written instead.</summary>
    private static MethodInfo? Native(object converter, Type type) => converter switch
    {
        StringConverter => Member(nameof(EntityJsonMembers.String)),
        BooleanConverter => Member(nameof(EntityJsonMembers.Boolean)),
        DateTimeConverter => Member(nameof(EntityJsonMembers.DateTime)),
        GuidConverter => Member(nameof(EntityJsonMembers.Guid)),
        ByteArrayConverter => Member(nameof(EntityJsonMembers.Binary)),
        ListConverter<List<string>, string> { ElementConverter: StringConverter } when type == typeof(List<string>) => Member(nameof(EntityJsonMembers.Strings)),
        SetConverter<HashSet<string>, string> { ElementConverter: StringConverter } when type == typeof(HashSet<string>) => Member(nameof(EntityJsonMembers.StringSet)),
        _ when Is(converter, typeof(NumberConverter<>)) => Member(nameof(EntityJsonMembers.Number)).MakeGenericMethod(type),
        _ when Is(converter, typeof(EnumConverter<>)) => Member(nameof(EntityJsonMembers.Enum)).MakeGenericMethod(type),
        _ => null,
    };

    private static bool Is(object converter, Type definition) =>
        converter.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == definition;

    private static MethodInfo Member(string name) => typeof(EntityJsonMembers).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;

    /// <summary>The writer's parameters and locals every member uses.</summary>
    private sealed record Shape(
        ParameterExpression Writer, ParameterExpression NewVersion, ParameterExpression Bound, ParameterExpression Share, ParameterExpression Mask, ParameterExpression Written);
}
