namespace Ordering.Domain;

/// <summary>One product line of an order: a value object with a constructor and no parameterless one (stored as a nested map).</summary>
public sealed class OrderLine
{
    public OrderLine(string sku, int quantity, decimal unitPrice)
    {
        Sku = sku;
        Quantity = quantity;
        UnitPrice = unitPrice;
    }

    public string Sku { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }
}
