namespace Ordering.Application;

/// <summary>No customer has the given id.</summary>
public sealed class CustomerNotFoundException(string customerId) : Exception($"Customer {customerId} does not exist.");
