using System.Linq.Expressions;
using System.Reflection;

namespace Dynamo.Repositories.Metadata;

/// <summary>Compiles typed, non-boxing readers and writers of a version member (int, long, int? or long?).</summary>
internal static class VersionAccessors
{
    /// <summary>Compiles a reader of the version as a long; null when there is no version or it cannot be compiled.</summary>
    public static Func<T, long?>? CompileGetter<T>(PropertyMetadata? version)
        where T : class
    {
        if (version is null || !IsSupported(version))
        {
            return null;
        }

        try
        {
            var entity = Expression.Parameter(typeof(T), "entity");
            var member = Expression.MakeMemberAccess(Expression.Convert(entity, version.Member.DeclaringType!), version.Member);
            return Expression.Lambda<Func<T, long?>>(Expression.Convert(member, typeof(long?)), entity).Compile();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Compiles a writer of the version from a long (range already checked); null when it cannot be compiled.</summary>
    public static Action<T, long>? CompileSetter<T>(PropertyMetadata? version)
        where T : class
    {
        if (version is null || !IsSupported(version) || version.Member is FieldInfo { IsInitOnly: true } || version.Member is PropertyInfo { CanWrite: false })
        {
            return null;
        }

        try
        {
            var entity = Expression.Parameter(typeof(T), "entity");
            var value = Expression.Parameter(typeof(long), "value");
            var member = Expression.MakeMemberAccess(Expression.Convert(entity, version.Member.DeclaringType!), version.Member);
            var assign = Expression.Assign(member, Expression.Convert(value, version.PropertyType));
            return Expression.Lambda<Action<T, long>>(assign, entity, value).Compile();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsSupported(PropertyMetadata version) =>
        version.Member.DeclaringType is { IsValueType: false } &&
        (version.PropertyType == typeof(int) || version.PropertyType == typeof(long) ||
         version.PropertyType == typeof(int?) || version.PropertyType == typeof(long?));
}
