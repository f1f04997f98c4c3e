namespace Ordering.Domain;

/// <summary>A customer with a spending balance; placing an order debits it.</summary>
public sealed class Customer
{
    public Customer(string id, string name, decimal balance)
    {
        Id = id;
        Name = name;
        Balance = balance;
    }

    public string Id { get; private set; }

    public string Name { get; private set; }

    public decimal Balance { get; private set; }

    public int OrdersPlaced { get; private set; }

    public long Version { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    public void Spend(decimal amount)
    {
        if (amount > Balance)
        {
            throw new InsufficientBalanceException(Id, amount, Balance);
        }

        Balance -= amount;
        OrdersPlaced++;
    }
}
