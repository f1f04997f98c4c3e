namespace Ordering.Domain;

/// <summary>Raised when an order is placed.</summary>
public sealed record OrderPlaced(string CustomerId, string OrderId, decimal Total);
