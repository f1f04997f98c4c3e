namespace Dynamo.Repositories.TestDomain.Baskets;

/// <summary>eShopOnWeb's BasketItem: a constructor and private setters.</summary>
public sealed class BasketItem
{
    public BasketItem(int catalogItemId, int quantity, decimal unitPrice)
    {
        CatalogItemId = catalogItemId;
        UnitPrice = unitPrice;
        SetQuantity(quantity);
    }

    public decimal UnitPrice { get; private set; }

    public int Quantity { get; private set; }

    public int CatalogItemId { get; private set; }

    public void AddQuantity(int quantity) => Quantity += quantity;

    public void SetQuantity(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        Quantity = quantity;
    }
}
