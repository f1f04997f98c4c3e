using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;

namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>Stores an enum as its name, as our library and the baseline do (DynamoDBContext's default is a number).</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class EnumNameConverter<TEnum> : IPropertyConverter
    where TEnum : struct, Enum
{
    public DynamoDBEntry ToEntry(object value) => new Primitive(((TEnum)value).ToString());

    public object FromEntry(DynamoDBEntry entry) => Enum.Parse<TEnum>(entry.AsString());
}
