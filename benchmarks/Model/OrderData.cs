using System.Globalization;

namespace Dynamo.Repositories.Benchmarks.Model;

/// <summary>Deterministic test data (fixed seed), identical in every run and for every contender.</summary>
public static class OrderData
{
    /// <summary>The partition read by Get and Query 100.</summary>
    public const string QueryCustomer = "CUST#Q100";

    /// <summary>The partition streamed by the 1,000-item paged query.</summary>
    public const string StreamCustomer = "CUST#S1000";

    /// <summary>The partition written by Put and the unit of work.</summary>
    public const string WriteCustomer = "CUST#W";

    private static readonly string[] Words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];

    public static string OrderIdOf(int index) => "ORDER#" + index.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>Creates <paramref name="count"/> orders of one customer, numbered from <paramref name="first"/>.</summary>
    public static List<BenchOrder> Create(string customerId, int count, int first = 0, int seed = 20261124)
    {
        var random = new Random(seed);
        var epoch = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var orders = new List<BenchOrder>(count);
        for (var i = 0; i < count; i++)
        {
            var placed = epoch.AddMilliseconds(random.NextInt64(0, 300L * 24 * 3600 * 1000));
            orders.Add(new BenchOrder
            {
                CustomerId = customerId,
                OrderId = OrderIdOf(first + i),
                Status = (OrderStatus)random.Next(0, 5),
                Total = decimal.Round((decimal)(random.NextDouble() * 10_000), 2),
                Tax = decimal.Round((decimal)(random.NextDouble() * 1_000), 2),
                Discount = Math.Round(random.NextDouble(), 4),
                Quantity = random.Next(1, 500),
                LineCount = random.NextInt64(1, 1_000_000_000_000),
                Priority = random.Next(-5, 6),
                IsGift = random.Next(2) == 1,
                PlacedAt = placed,
                UpdatedAt = placed.AddMinutes(random.Next(1, 10_000)),
                TrackingId = new Guid(random.Next(), (short)random.Next(short.MaxValue), (short)random.Next(short.MaxValue), 1, 2, 3, 4, 5, 6, 7, (byte)(i % 256)),
                Email = Words[random.Next(Words.Length)] + "." + i.ToString(CultureInfo.InvariantCulture) + "@example.com",
                ShippingAddress = random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + " " + Words[random.Next(Words.Length)] + " Street, Springfield",
                Notes = i % 3 == 0 ? null : "Leave at the door, " + Words[random.Next(Words.Length)],
                Currency = i % 2 == 0 ? "EUR" : "USD",
                Tags = [Words[random.Next(Words.Length)], Words[random.Next(Words.Length)], Words[random.Next(Words.Length)]],
                Categories = ["cat-" + random.Next(0, 5).ToString(CultureInfo.InvariantCulture), "cat-" + random.Next(5, 10).ToString(CultureInfo.InvariantCulture)],
            });
        }

        return orders;
    }
}
