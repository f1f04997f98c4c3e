using System.Reflection;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>One member chosen for mapping, with what the compiled mappers need to read and write it.</summary>
/// <param name="Member">The property or field that stores the value (read and written by the compiled mappers).</param>
/// <param name="MemberType">The declared type of the member.</param>
/// <param name="AttributeName">The DynamoDB attribute name.</param>
/// <param name="Converter">The converter (an AttributeConverter of <paramref name="MemberType"/>).</param>
/// <param name="PropertyName">The name of the property stored in a backing field <paramref name="Member"/>, or null when the member is the property.</param>
internal sealed record MappedMember(MemberInfo Member, Type MemberType, string AttributeName, IAttributeConverter Converter, string? PropertyName = null)
{
    /// <summary>Gets the name of the mapped property (the member's, unless it is a backing field).</summary>
    public string Name => PropertyName ?? Member.Name;
}
