using System.Linq.Expressions;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Expressions;

/// <summary>A mapped member of the entity, top-level or nested in maps, as DynamoDB sees it.</summary>
/// <param name="Properties">The properties from the entity down to the member (one for a top-level member).</param>
internal sealed record AttributePath(IReadOnlyList<PropertyMetadata> Properties)
{
    /// <summary>Gets the member itself (the last property of the path).</summary>
    public PropertyMetadata Leaf => Properties[^1];

    /// <summary>Gets a value indicating whether the path names a top-level attribute.</summary>
    public bool IsTopLevel => Properties.Count == 1;

    /// <summary>Writes the path with name placeholders, e.g. <c>#n0.#n1</c>.</summary>
    public string Write(ExpressionAttributes attributes) =>
        IsTopLevel
            ? attributes.Name(Leaf.AttributeName)
            : string.Join('.', Properties.Select(p => attributes.Name(p.AttributeName)));

    /// <summary>
    /// Resolves <c>x.A</c> or <c>x.A.B</c> (through nullable <c>.Value</c> and conversions) to a path of mapped
    /// properties; returns null when the expression is not a member chain rooted at the parameter.
    /// </summary>
    /// <exception cref="UnsupportedSpecificationException">A member of the chain is not mapped.</exception>
    public static AttributePath? TryResolve(Expression expression, ParameterExpression parameter, EntityMetadata entity, Func<string, string> describe)
    {
        var members = new List<MemberExpression>();
        var current = ExpressionValues.StripConvert(expression);
        if (current is MemberExpression { Member.Name: "Length" or "Count", Expression: { } sized }
            && (sized.Type == typeof(string) || typeof(System.Collections.IEnumerable).IsAssignableFrom(sized.Type)))
        {
            // x.Name.Length is a size, not a path (the translator writes it as size(path)).
            return null;
        }

        while (true)
        {
            if (current is MemberExpression { Member.Name: "Value" } nullableValue
                && nullableValue.Expression is not null
                && Nullable.GetUnderlyingType(nullableValue.Expression.Type) is not null)
            {
                current = ExpressionValues.StripConvert(nullableValue.Expression);
                continue;
            }

            if (current is MemberExpression { Expression: not null } member)
            {
                members.Add(member);
                current = ExpressionValues.StripConvert(member.Expression);
                continue;
            }

            break;
        }

        if (current != parameter || members.Count == 0)
        {
            return null;
        }

        members.Reverse();
        var properties = new List<PropertyMetadata>(members.Count);
        ObjectMetadata owner = entity;
        for (var i = 0; i < members.Count; i++)
        {
            var member = members[i];
            var property = owner.FindProperty(member.Member)
                ?? throw new UnsupportedSpecificationException(
                    describe($"'{member}' is not a mapped property of {owner.ClrType.Name} (it is ignored or not a property), so DynamoDB has no attribute to test. Use a mapped property, or filter in memory after reading."),
                    entity.ClrType,
                    member.ToString());
            properties.Add(property);
            if (i == members.Count - 2 && IsWrappedValue(property, members[i + 1]))
            {
                // x.Id.Value of a single-value wrapper (or SmartEnum) is the stored attribute itself.
                break;
            }

            if (i < members.Count - 1)
            {
                owner = property.Nested
                    ?? throw new UnsupportedSpecificationException(
                        describe($"'{member}' is not stored as a nested map, so its members cannot be tested by DynamoDB. Filter in memory after reading."),
                        entity.ClrType,
                        member.ToString());
            }
        }

        return new AttributePath(properties);
    }

    private static bool IsWrappedValue(PropertyMetadata property, MemberExpression next) =>
        ConvertedConverters.Of(property.Converter) is { ValueMember: { } value } && value.Name == next.Member.Name && value.DeclaringType == next.Member.DeclaringType;
}
