namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>Compares decoded orders property by property, for the equivalence check.</summary>
public static class OrderComparer
{
    /// <summary>Returns the names of the properties that differ (empty when the orders are equal).</summary>
    public static List<string> Differences(BenchOrder expected, BenchOrder actual)
    {
        var differences = new List<string>();
        void Check(bool equal, string name)
        {
            if (!equal)
            {
                differences.Add(name);
            }
        }

        Check(expected.CustomerId == actual.CustomerId, nameof(BenchOrder.CustomerId));
        Check(expected.OrderId == actual.OrderId, nameof(BenchOrder.OrderId));
        Check(expected.Version == actual.Version, nameof(BenchOrder.Version));
        Check(expected.Status == actual.Status, nameof(BenchOrder.Status));
        Check(expected.Total == actual.Total, nameof(BenchOrder.Total));
        Check(expected.Tax == actual.Tax, nameof(BenchOrder.Tax));
        Check(expected.Discount.Equals(actual.Discount), nameof(BenchOrder.Discount));
        Check(expected.Quantity == actual.Quantity, nameof(BenchOrder.Quantity));
        Check(expected.LineCount == actual.LineCount, nameof(BenchOrder.LineCount));
        Check(expected.Priority == actual.Priority, nameof(BenchOrder.Priority));
        Check(expected.IsGift == actual.IsGift, nameof(BenchOrder.IsGift));
        Check(expected.PlacedAt.ToUniversalTime() == actual.PlacedAt.ToUniversalTime(), nameof(BenchOrder.PlacedAt));
        Check(expected.UpdatedAt.ToUniversalTime() == actual.UpdatedAt.ToUniversalTime(), nameof(BenchOrder.UpdatedAt));
        Check(expected.TrackingId == actual.TrackingId, nameof(BenchOrder.TrackingId));
        Check(expected.Email == actual.Email, nameof(BenchOrder.Email));
        Check(expected.ShippingAddress == actual.ShippingAddress, nameof(BenchOrder.ShippingAddress));
        Check(expected.Notes == actual.Notes, nameof(BenchOrder.Notes));
        Check(expected.Currency == actual.Currency, nameof(BenchOrder.Currency));
        Check(expected.Tags.SequenceEqual(actual.Tags), nameof(BenchOrder.Tags));
        Check(expected.Categories.SetEquals(actual.Categories), nameof(BenchOrder.Categories));
        return differences;
    }
}
