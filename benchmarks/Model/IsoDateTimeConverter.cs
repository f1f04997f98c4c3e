using System.Globalization;
using Amazon.DynamoDBv2.DataModel;
using Amazon.DynamoDBv2.DocumentModel;

namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>Stores a DateTime as round-trip ISO-8601 UTC, the format of our library and the baseline.</summary>
public sealed class IsoDateTimeConverter : IPropertyConverter
{
    public DynamoDBEntry ToEntry(object value) =>
        new Primitive(((DateTime)value).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));

    public object FromEntry(DynamoDBEntry entry) =>
        DateTime.Parse(entry.AsString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
