using Ordering.Domain;

namespace Ordering.Application;

/// <summary>The command to place an order for a customer.</summary>
public sealed record PlaceOrder(string CustomerId, string OrderId, IReadOnlyList<OrderLine> Lines);
