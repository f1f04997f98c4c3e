namespace Ordering.Domain;

/// <summary>The customer's balance does not cover an order.</summary>
public sealed class InsufficientBalanceException(string customerId, decimal amount, decimal balance)
    : Exception($"Customer {customerId} cannot spend {amount} with a balance of {balance}.");
