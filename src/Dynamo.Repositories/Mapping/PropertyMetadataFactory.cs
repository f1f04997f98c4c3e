using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>Creates the metadata of a mapped member, with boxed accessors compiled on first use (they serve keys and versions, not the hot path).</summary>
internal static class PropertyMetadataFactory
{
    /// <summary>Creates the metadata of <paramref name="member"/> of <paramref name="owner"/>.</summary>
    public static PropertyMetadata Create(Type owner, MappedMember member)
    {
        Func<object, object?>? getter = null;
        Action<object, object?>? setter = null;
        return new PropertyMetadata(
            member.Member,
            member.MemberType,
            member.AttributeName,
            member.Converter,
            instance => (getter ??= MemberAccess.CompileBoxedGetter(owner, member.Member))(instance),
            (instance, value) => (setter ??= MemberAccess.CompileBoxedSetter(owner, member.Member))(instance, value),
            nested: null,
            member.Name);
    }
}
