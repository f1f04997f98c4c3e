using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// The built-in conventions that need no configuration. A SmartEnum-style type (static <c>FromValue</c>, instance
/// <c>Value</c> and <c>Name</c>) is stored by its value. A single-value wrapper (exactly one public instance property
/// or field, and a way back: a static <c>From</c>/<c>Create</c>/<c>FromValue</c>/<c>Parse</c> taking the value, a
/// constructor taking it, or a <see cref="TypeConverter"/> from it) is stored as its value: strongly-typed ids such as
/// <c>record struct OrderId(Guid Value)</c>, Vogen and ValueOf-style types.
/// </summary>
internal static class WrapperConventions
{
    private const BindingFlags Statics = BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy;
    private static readonly string[] Factories = ["From", "Create", "FromValue", "Parse"];

    /// <summary>Finds the built-in conversion of <paramref name="type"/>, or null when it is neither shape.</summary>
    public static ValueConversion? Find(Type type)
    {
        if (!IsCandidate(type))
        {
            return null;
        }

        if (type.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance) is { GetMethod: not null } smartValue
            && type.GetProperty("Name", BindingFlags.Public | BindingFlags.Instance) is { PropertyType: var nameType } && nameType == typeof(string)
            && Factory(type, "FromValue", smartValue.PropertyType) is { } fromValue)
        {
            return Conversion(type, smartValue, fromValue, "SmartEnum-style type (FromValue)");
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance);
        if (properties.Length + fields.Length != 1)
        {
            return null;
        }

        var member = properties.Length == 1 ? properties[0] : (MemberInfo)fields[0];
        var inner = MemberAccess.TypeOf(member);
        if (inner == type || !ConverterFactory.IsScalar(inner))
        {
            return null;
        }

        return Factories.Select(name => Factory(type, name, inner)).FirstOrDefault(m => m is not null) is { } factory
            ? Conversion(type, member, factory, $"single-value wrapper (static {factory.Name})")
            : type.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, [inner]) is { } constructor
                ? Conversion(type, member, constructor, "single-value wrapper (constructor)")
                : TypeDescriptor.GetConverter(type) is { } converter && converter.GetType() != typeof(TypeConverter) && converter.CanConvertFrom(inner)
                    ? Conversion(type, member, converter, "single-value wrapper (TypeConverter)")
                    : null;
    }

    private static bool IsCandidate(Type type) =>
        !type.IsPrimitive
        && !type.IsEnum
        && !type.IsArray
        && !type.IsAbstract
        && !type.IsGenericTypeDefinition
        && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(IEnumerable).IsAssignableFrom(type)
        && Nullable.GetUnderlyingType(type) is null
        && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true
        && type.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) != true
        && type.Namespace?.StartsWith("Amazon", StringComparison.Ordinal) != true;

    private static MethodInfo? Factory(Type type, string name, Type inner) =>
        type.GetMethod(name, Statics, [inner]) is { } method && type.IsAssignableFrom(method.ReturnType) ? method : null;

    private static ValueConversion Conversion(Type type, MemberInfo member, object back, string source)
    {
        var inner = MemberAccess.TypeOf(member);
        var model = Expression.Parameter(type, "model");
        var stored = Expression.Parameter(inner, "stored");
        Expression create = back switch
        {
            MethodInfo method => Expression.Call(method, stored),
            ConstructorInfo constructor => Expression.New(constructor, stored),
            TypeConverter converter => Expression.Call(
                Expression.Constant(converter),
                typeof(TypeConverter).GetMethod(nameof(TypeConverter.ConvertFrom), [typeof(ITypeDescriptorContext), typeof(CultureInfo), typeof(object)])!,
                Expression.Constant(null, typeof(ITypeDescriptorContext)),
                Expression.Constant(CultureInfo.InvariantCulture),
                Expression.Convert(stored, typeof(object))),
            _ => throw new ArgumentException("Unknown way back.", nameof(back)),
        };
        return new ValueConversion(
            type,
            inner,
            Expression.Lambda(MemberAccess.Get(model, member), model),
            Expression.Lambda(create.Type == type ? create : Expression.Convert(create, type), stored),
            null,
            source,
            member);
    }
}
