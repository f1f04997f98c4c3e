using System.Reflection;
using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Testing.Fakes;

/// <summary>The compiled item mappers of an entity type, reached through its untyped metadata (staged writes are untyped).</summary>
internal static class EntityItems
{
    private static readonly ConditionalWeakTable<EntityMetadata, Mappers> Cache = [];
    private static readonly MethodInfo CreateMethod = typeof(EntityItems).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Reads an entity from an item.</summary>
    public static object FromItem(EntityMetadata metadata, Dictionary<string, AttributeValue> item) => For(metadata).FromItem(item);

    /// <summary>Describes the key of an entity as the library's messages do, e.g. <c>(alice, o-1)</c>.</summary>
    public static string DescribeKey(EntityMetadata metadata, object entity) => For(metadata).DescribeKey(entity);

    private static Mappers For(EntityMetadata metadata) =>
        Cache.GetValue(metadata, static m => (Mappers)CreateMethod.MakeGenericMethod(m.ClrType).Invoke(null, [m])!);

    private static Mappers Create<T>(EntityMetadata metadata)
        where T : class
    {
        var typed = (EntityMetadata<T>)metadata;
        return new Mappers(item => typed.FromItem(item), entity => typed.DescribeKey((T)entity));
    }

    private sealed record Mappers(
        Func<Dictionary<string, AttributeValue>, object> FromItem,
        Func<object, string> DescribeKey);
}
