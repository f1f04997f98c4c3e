namespace Dynamo.Repositories.TestDomain.Baskets;

/// <summary>eShopOnWeb's Basket: the items live in a private readonly list behind a get-only collection.</summary>
public sealed class Basket
{
    private readonly List<BasketItem> _items = [];

    public Basket(string buyerId) => BuyerId = buyerId;

    public Guid Id { get; set; }

    public string BuyerId { get; private set; }

    public IReadOnlyCollection<BasketItem> Items => _items.AsReadOnly();

    public int TotalItems => _items.Sum(i => i.Quantity);

    public void AddItem(int catalogItemId, decimal unitPrice, int quantity = 1)
    {
        if (!Items.Any(i => i.CatalogItemId == catalogItemId))
        {
            _items.Add(new BasketItem(catalogItemId, quantity, unitPrice));
            return;
        }

        _items.First(i => i.CatalogItemId == catalogItemId).AddQuantity(quantity);
    }

    public void RemoveEmptyItems() => _items.RemoveAll(i => i.Quantity == 0);
}
