namespace AotSmoke;

/// <summary>An application-layer entity.</summary>
public sealed record Order(string CustomerId, string OrderId, string Status, decimal Total);
