namespace Dynamo.Repositories.Metadata;

/// <summary>Finds the conversion of a member's converter, looking through the nullable form (<c>OrderId?</c>).</summary>
internal static class ConvertedConverters
{
    /// <summary>Gets the conversion behind <paramref name="converter"/>, or null when the member is not converted.</summary>
    public static IConvertedConverter? Of(IAttributeConverter converter) =>
        converter as IConvertedConverter ?? (converter as INullableConverter)?.Underlying as IConvertedConverter;
}
