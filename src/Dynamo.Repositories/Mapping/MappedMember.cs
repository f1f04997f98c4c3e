using System.Reflection;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>One member chosen for mapping, with what the compiled mappers need to read and write it.</summary>
/// <param name="Member">The property or field.</param>
/// <param name="MemberType">The declared type of the member.</param>
/// <param name="AttributeName">The DynamoDB attribute name.</param>
/// <param name="Converter">The converter (an AttributeConverter of <paramref name="MemberType"/>).</param>
internal sealed record MappedMember(MemberInfo Member, Type MemberType, string AttributeName, IAttributeConverter Converter)
{
    /// <summary>Gets the CLR member name.</summary>
    public string Name => Member.Name;
}
