using System.Globalization;
using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>
/// The hand-written low-level mapping: what a careful developer writes against <c>AttributeValue</c> with no
/// library. This is the floor (Baseline) every other contender is measured against.
/// </summary>
public static class ManualMapper
{
    private const int AttributeCount = 20;

    public static Dictionary<string, AttributeValue> ToItem(BenchOrder o)
    {
        var item = new Dictionary<string, AttributeValue>(AttributeCount)
        {
            ["CustomerId"] = new AttributeValue { S = o.CustomerId },
            ["OrderId"] = new AttributeValue { S = o.OrderId },
            ["Status"] = new AttributeValue { S = o.Status.ToString() },
            ["Total"] = new AttributeValue { N = o.Total.ToString(CultureInfo.InvariantCulture) },
            ["Tax"] = new AttributeValue { N = o.Tax.ToString(CultureInfo.InvariantCulture) },
            ["Discount"] = new AttributeValue { N = o.Discount.ToString("R", CultureInfo.InvariantCulture) },
            ["Quantity"] = new AttributeValue { N = o.Quantity.ToString(CultureInfo.InvariantCulture) },
            ["LineCount"] = new AttributeValue { N = o.LineCount.ToString(CultureInfo.InvariantCulture) },
            ["Priority"] = new AttributeValue { N = o.Priority.ToString(CultureInfo.InvariantCulture) },
            ["IsGift"] = new AttributeValue { BOOL = o.IsGift },
            ["PlacedAt"] = new AttributeValue { S = o.PlacedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) },
            ["UpdatedAt"] = new AttributeValue { S = o.UpdatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) },
            ["TrackingId"] = new AttributeValue { S = o.TrackingId.ToString() },
            ["Email"] = new AttributeValue { S = o.Email },
            ["ShippingAddress"] = new AttributeValue { S = o.ShippingAddress },
            ["Currency"] = new AttributeValue { S = o.Currency },
        };
        if (o.Version is { } version)
        {
            item["Version"] = new AttributeValue { N = version.ToString(CultureInfo.InvariantCulture) };
        }

        if (o.Notes is not null)
        {
            item["Notes"] = new AttributeValue { S = o.Notes };
        }

        var tags = new List<AttributeValue>(o.Tags.Count);
        foreach (var tag in o.Tags)
        {
            tags.Add(new AttributeValue { S = tag });
        }

        item["Tags"] = new AttributeValue { L = tags };
        if (o.Categories.Count > 0)
        {
            item["Categories"] = new AttributeValue { SS = [.. o.Categories] };
        }

        return item;
    }

    public static BenchOrder FromItem(Dictionary<string, AttributeValue> item)
    {
        var order = new BenchOrder
        {
            CustomerId = item["CustomerId"].S,
            OrderId = item["OrderId"].S,
            Status = Enum.Parse<OrderStatus>(item["Status"].S),
            Total = decimal.Parse(item["Total"].N, CultureInfo.InvariantCulture),
            Tax = decimal.Parse(item["Tax"].N, CultureInfo.InvariantCulture),
            Discount = double.Parse(item["Discount"].N, CultureInfo.InvariantCulture),
            Quantity = int.Parse(item["Quantity"].N, CultureInfo.InvariantCulture),
            LineCount = long.Parse(item["LineCount"].N, CultureInfo.InvariantCulture),
            Priority = int.Parse(item["Priority"].N, CultureInfo.InvariantCulture),
            IsGift = item["IsGift"].BOOL == true,
            PlacedAt = DateTime.Parse(item["PlacedAt"].S, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            UpdatedAt = DateTime.Parse(item["UpdatedAt"].S, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            TrackingId = Guid.Parse(item["TrackingId"].S),
            Email = item["Email"].S,
            ShippingAddress = item["ShippingAddress"].S,
            Currency = item["Currency"].S,
        };
        if (item.TryGetValue("Version", out var version))
        {
            order.Version = long.Parse(version.N, CultureInfo.InvariantCulture);
        }

        if (item.TryGetValue("Notes", out var notes))
        {
            order.Notes = notes.S;
        }

        if (item.TryGetValue("Tags", out var tags) && tags.L is { } list)
        {
            var values = new List<string>(list.Count);
            foreach (var tag in list)
            {
                values.Add(tag.S);
            }

            order.Tags = values;
        }

        if (item.TryGetValue("Categories", out var categories) && categories.SS is { } set)
        {
            order.Categories = new HashSet<string>(set);
        }

        return order;
    }

    /// <summary>The primary key of an order.</summary>
    public static Dictionary<string, AttributeValue> KeyOf(string customerId, string orderId) => new(2)
    {
        ["CustomerId"] = new AttributeValue { S = customerId },
        ["OrderId"] = new AttributeValue { S = orderId },
    };
}
