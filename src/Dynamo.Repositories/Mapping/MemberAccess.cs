using System.Linq.Expressions;
using System.Reflection;
using System.Reflection.Emit;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Builds expressions that read and write a mapped member, including private setters, init-only setters and the
/// read-only backing fields of get-only auto-properties (written through a small dynamic method, since expression
/// trees refuse to assign read-only fields).
/// </summary>
internal static class MemberAccess
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>Gets the type of a property or field.</summary>
    public static Type TypeOf(MemberInfo member) => member switch
    {
        PropertyInfo property => property.PropertyType,
        FieldInfo field => field.FieldType,
        _ => throw new ArgumentException($"{member.Name} is neither a property nor a field.", nameof(member)),
    };

    /// <summary>
    /// Finds the backing field of a get-only property: the compiler-generated one of an auto-property, else a field
    /// named by EF Core's conventions (<c>_items</c>, <c>_Items</c>, <c>m_items</c>, <c>m_Items</c>, <c>items</c>)
    /// whose type can be read as the property's; null for a computed property.
    /// </summary>
    public static FieldInfo? BackingFieldOf(PropertyInfo property)
    {
        if (property.DeclaringType?.GetField($"<{property.Name}>k__BackingField", InstanceMembers) is { } generated)
        {
            return generated;
        }

        var camel = MemberDiscovery.Camel(property.Name);
        foreach (var name in (string[])["_" + camel, "_" + property.Name, "m_" + camel, "m_" + property.Name, camel])
        {
            if (FindField(property.ReflectedType ?? property.DeclaringType!, name) is { } field && property.PropertyType.IsAssignableFrom(field.FieldType))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>Finds an instance field by name in a type or its base types (private fields of base types included).</summary>
    public static FieldInfo? FindField(Type type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetField(name, InstanceMembers | BindingFlags.DeclaredOnly) is { } field)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>
    /// The member that stores a mapped property: the property itself when it has a setter or is an auto-property,
    /// else its backing field (named by <paramref name="fieldName"/> or by convention); null when there is none.
    /// </summary>
    public static MemberInfo? StorageOf(MemberInfo member, string? fieldName = null) => member switch
    {
        _ when fieldName is not null => FindField(member.ReflectedType ?? member.DeclaringType!, fieldName),
        PropertyInfo { SetMethod: not null } property => property,
        PropertyInfo property => BackingFieldOf(property) is { } field && !field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal) ? field : (MemberInfo)property,
        _ => member,
    };

    /// <summary>Tells whether the member can be both read and written.</summary>
    public static bool IsReadWrite(MemberInfo member) => member switch
    {
        PropertyInfo property => property.GetMethod is not null && (property.SetMethod is not null || BackingFieldOf(property) is not null),
        FieldInfo field => !field.IsLiteral,
        _ => false,
    };

    /// <summary>Reads the member of <paramref name="instance"/>.</summary>
    public static Expression Get(Expression instance, MemberInfo member) => member switch
    {
        PropertyInfo property => Expression.Property(instance, property),
        FieldInfo field => Expression.Field(instance, field),
        _ => throw new ArgumentException($"{member.Name} is neither a property nor a field.", nameof(member)),
    };

    /// <summary>Writes <paramref name="value"/> into the member of <paramref name="instance"/>.</summary>
    public static Expression Set(Expression instance, MemberInfo member, Expression value)
    {
        switch (member)
        {
            case PropertyInfo { SetMethod: not null } property:
                return Expression.Assign(Expression.Property(instance, property), value);
            case PropertyInfo property:
                var backing = BackingFieldOf(property)
                    ?? throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} has no setter and no backing field.");
                return Set(instance, backing, value);
            case FieldInfo { IsInitOnly: false } field:
                return Expression.Assign(Expression.Field(instance, field), value);
            case FieldInfo field:
                var setter = CreateReadOnlyFieldSetter(field);
                return Expression.Invoke(Expression.Constant(setter), Expression.Convert(instance, field.DeclaringType!), value);
            default:
                throw new ArgumentException($"{member.Name} is neither a property nor a field.", nameof(member));
        }
    }

    /// <summary>Compiles a boxed getter (for keys and versions, not for the hot path).</summary>
    public static Func<object, object?> CompileBoxedGetter(Type declaringType, MemberInfo member)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var body = Expression.Convert(Get(Expression.Convert(instance, declaringType), member), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    /// <summary>Compiles a boxed setter (for keys and versions, not for the hot path).</summary>
    public static Action<object, object?> CompileBoxedSetter(Type declaringType, MemberInfo member)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var body = Set(Expression.Convert(instance, declaringType), member, Expression.Convert(value, TypeOf(member)));
        return Expression.Lambda<Action<object, object?>>(body, instance, value).Compile();
    }

    private static Delegate CreateReadOnlyFieldSetter(FieldInfo field)
    {
        var owner = field.DeclaringType!;
        var method = new DynamicMethod($"set_{field.Name}", null, [owner, field.FieldType], owner.Module, skipVisibility: true);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, field);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate(typeof(Action<,>).MakeGenericType(owner, field.FieldType));
    }
}
