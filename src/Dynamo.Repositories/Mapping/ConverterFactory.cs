using System.Collections;
using System.Reflection;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Metadata.Converters;

namespace Dynamo.Repositories.Mapping;

/// <summary>Chooses the built-in converter of a type, building nested class mappings on the way; one instance per model build.</summary>
internal sealed partial class ConverterFactory
{
    private static readonly Dictionary<Type, IAttributeConverter> Scalars = new()
    {
        [typeof(string)] = new StringConverter(),
        [typeof(bool)] = new BooleanConverter(),
        [typeof(Guid)] = new GuidConverter(),
        [typeof(byte[])] = new ByteArrayConverter(),
        [typeof(DateTime)] = new DateTimeConverter(),
        [typeof(DateTimeOffset)] = new DateTimeOffsetConverter(),
        [typeof(DateOnly)] = new DateOnlyConverter(),
        [typeof(TimeOnly)] = new TimeOnlyConverter(),
        [typeof(TimeSpan)] = new TimeSpanConverter(),
        [typeof(sbyte)] = new NumberConverter<sbyte>(),
        [typeof(byte)] = new NumberConverter<byte>(),
        [typeof(short)] = new NumberConverter<short>(),
        [typeof(ushort)] = new NumberConverter<ushort>(),
        [typeof(int)] = new NumberConverter<int>(),
        [typeof(uint)] = new NumberConverter<uint>(),
        [typeof(long)] = new NumberConverter<long>(),
        [typeof(ulong)] = new NumberConverter<ulong>(),
        [typeof(float)] = new NumberConverter<float>(),
        [typeof(double)] = new NumberConverter<double>(),
        [typeof(decimal)] = new NumberConverter<decimal>(),
    };

    private static readonly HashSet<Type> ListTypes =
        [typeof(List<>), typeof(IList<>), typeof(ICollection<>), typeof(IEnumerable<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>)];

    private static readonly HashSet<Type> SetTypes = [typeof(HashSet<>), typeof(ISet<>), typeof(IReadOnlySet<>)];

    private static readonly HashSet<Type> DictionaryTypes = [typeof(Dictionary<,>), typeof(IDictionary<,>), typeof(IReadOnlyDictionary<,>)];

    private static readonly MethodInfo InitializeNestedMethod =
        typeof(ConverterFactory).GetMethod(nameof(InitializeNested), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Dictionary<Type, IAttributeConverter> _cache = [];

    /// <summary>Initializes a new instance of the <see cref="ConverterFactory"/> class.</summary>
    /// <param name="conventions">The model-wide conversions per type (they take precedence over the built-in converters).</param>
    public ConverterFactory(IReadOnlyDictionary<Type, ValueConversion>? conventions = null) => _conventions = conventions ?? new Dictionary<Type, ValueConversion>();

    /// <summary>Gets the built-in converter of <paramref name="type"/>, or null when the type is not supported.</summary>
    /// <exception cref="EntityConfigurationException">A nested class cannot be mapped (names the nested class and member).</exception>
    public IAttributeConverter? Create(Type type)
    {
        if (_cache.TryGetValue(type, out var converter))
        {
            return converter;
        }

        if (_conventions.TryGetValue(type, out var convention))
        {
            return _cache[type] = FromConversion(convention);
        }

        if (Scalars.TryGetValue(type, out converter))
        {
            return converter;
        }

        converter = CreateCore(type);
        if (converter is not null)
        {
            _cache[type] = converter;
        }

        return converter;
    }

    /// <summary>Creates a converter instance of a generic converter type.</summary>
    public static IAttributeConverter Activate(Type definition, Type[] arguments, params object[] constructorArguments) =>
        (IAttributeConverter)Activator.CreateInstance(definition.MakeGenericType(arguments), constructorArguments)!;

    private IAttributeConverter? CreateCore(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Create(underlying) is { } inner ? Activate(typeof(NullableConverter<>), [underlying], inner) : null;
        }

        if (type.IsEnum)
        {
            return Activate(typeof(EnumConverter<>), [type]);
        }

        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            return type.GetArrayRank() == 1 && Create(element) is { } inner ? Activate(typeof(ListConverter<,>), [type, element], inner) : null;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (SetTypes.Contains(definition))
            {
                return Create(arguments[0]) is { KeyType: not null } inner ? Activate(typeof(SetConverter<,>), [type, arguments[0]], inner) : null;
            }

            if (DictionaryTypes.Contains(definition))
            {
                return arguments[0] == typeof(string) && Create(arguments[1]) is { } inner
                    ? Activate(typeof(DictionaryConverter<,>), [type, arguments[1]], inner)
                    : null;
            }

            if (ListTypes.Contains(definition))
            {
                return Create(arguments[0]) is { } inner ? Activate(typeof(ListConverter<,>), [type, arguments[0]], inner) : null;
            }
        }

        if (WrapperConventions.Find(type) is { } wrapper)
        {
            return FromConversion(wrapper);
        }

        return IsNestedClass(type) ? CreateNested(type) : null;
    }

    private static bool IsNestedClass(Type type) =>
        type.IsClass
        && !type.IsAbstract
        && !type.IsGenericTypeDefinition
        && !typeof(Delegate).IsAssignableFrom(type)
        && !typeof(IEnumerable).IsAssignableFrom(type)
        && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true
        && type.Namespace?.StartsWith("Microsoft", StringComparison.Ordinal) != true
        && type.Namespace?.StartsWith("Amazon", StringComparison.Ordinal) != true;

    private IAttributeConverter CreateNested(Type type)
    {
        var converter = Activate(typeof(ObjectConverter<>), [type]);

        // Registered before its members are mapped, so that a class containing itself resolves to this converter.
        _cache[type] = converter;
        var members = new List<MappedMember>();
        var discovered = MemberDiscovery.DefaultMembers(type, out var unresolved);
        foreach (var member in discovered)
        {
            var storage = MemberAccess.StorageOf(member)!;
            var memberType = MemberAccess.TypeOf(storage);
            var memberConverter = Create(memberType)
                ?? throw new EntityConfigurationException(
                    $"{type.Name}.{member.Name}: type {Describe(memberType)} is not supported in a nested map. Use a supported type, or give the containing property a converter.",
                    type,
                    member.Name);
            members.Add(new MappedMember(storage, memberType, member.Name, memberConverter, storage == member ? null : member.Name));
        }

        if (unresolved.Count > 0)
        {
            _cache.Remove(type);
            throw MemberDiscovery.Unresolved(type, unresolved[0]);
        }

        ConstructorBinding binding;
        try
        {
            binding = ConstructorBinder.Bind(type, members);
        }
        catch (EntityConfigurationException)
        {
            _cache.Remove(type);
            throw;
        }

        InitializeNestedMethod.MakeGenericMethod(type).Invoke(null, BindingFlags.DoNotWrapExceptions, null, [converter, members, binding], null);
        return converter;
    }

    private static void InitializeNested<T>(ObjectConverter<T> converter, List<MappedMember> members, ConstructorBinding binding)
        where T : class
    {
        var metadata = new ObjectMetadata(typeof(T), members.Select(m => PropertyMetadataFactory.Create(typeof(T), m)).ToList());
        converter.Initialize(metadata, MapperCompiler.CompileWriter<T>(members), MapperCompiler.CompileReader<T>(members, binding));
    }

    /// <summary>Tells whether a type is a scalar (a built-in single value, an enum, or a nullable of one): a get-only one is computed, not data.</summary>
    public static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return Scalars.ContainsKey(underlying) || underlying.IsEnum || underlying.IsPrimitive;
    }

    /// <summary>Names a type for messages, with generic arguments (e.g. List&lt;Uri&gt;).</summary>
    public static string Describe(Type type) =>
        type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
            : type.Name;
}
