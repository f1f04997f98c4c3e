namespace Dynamo.Repositories.TestDomain.Baskets;

/// <summary>eShopOnWeb's CatalogItem: a constructor taking its state, private setters, an int id set by the store.</summary>
public sealed class CatalogItem
{
    public CatalogItem(int catalogTypeId, int catalogBrandId, string description, string name, decimal price, string pictureUri)
    {
        CatalogTypeId = catalogTypeId;
        CatalogBrandId = catalogBrandId;
        Description = description;
        Name = name;
        Price = price;
        PictureUri = pictureUri;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public decimal Price { get; private set; }

    public string PictureUri { get; private set; }

    public int CatalogTypeId { get; private set; }

    public int CatalogBrandId { get; private set; }

    public void UpdatePrice(decimal price) => Price = price;
}
