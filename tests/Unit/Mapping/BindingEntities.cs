using System.ComponentModel.DataAnnotations.Schema;

namespace Dynamo.Repositories.UnitTests.Mapping;

/// <summary>A primary-constructor entity with private setters and no parameterless constructor.</summary>
public sealed class Author(string id, string name)
{
    public string Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public int Books { get; private set; }

    public Address? Home { get; private set; }

    public void Publish() => Books++;

    public void MoveTo(Address home) => Home = home;
}

/// <summary>The same shape as <see cref="Author"/>, populated through setters: the allocation yardstick of constructor binding.</summary>
public sealed class AuthorWithSetters
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public int Books { get; set; }

    public Address? Home { get; set; }
}

/// <summary>A positional record stored as a nested map through its constructor.</summary>
public sealed record Address(string Street, string City);

/// <summary>Only a private constructor, which receives the key; the rest is set afterwards.</summary>
public sealed class Hidden
{
    private Hidden(string id) => Id = id;

    public string Id { get; }

    public string? Note { get; set; }

    public static Hidden Create(string id, string note) => new(id) { Note = note };
}

/// <summary>Two constructors with the same number of bindable parameters.</summary>
public sealed class Ambiguous
{
    public Ambiguous(string id) => Id = id;

    public Ambiguous(int count)
    {
        Id = "";
        Count = count;
    }

    public string Id { get; }

    public int Count { get; }
}

/// <summary>eShopOnWeb's Basket: a get-only collection over a private readonly list.</summary>
public sealed class Cart(string buyerId)
{
    private readonly List<CartLine> _items = [];

    public string BuyerId { get; private set; } = buyerId;

    public IReadOnlyCollection<CartLine> Items => _items.AsReadOnly();

    public int TotalItems => _items.Sum(i => i.Quantity);

    public void AddItem(int catalogItemId, decimal unitPrice, int quantity = 1) => _items.Add(new CartLine(catalogItemId, quantity, unitPrice));
}

/// <summary>eShopOnWeb's BasketItem: a constructor and private setters.</summary>
public sealed class CartLine
{
    public CartLine(int catalogItemId, int quantity, decimal unitPrice)
    {
        CatalogItemId = catalogItemId;
        Quantity = quantity;
        UnitPrice = unitPrice;
    }

    public int CatalogItemId { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }
}

/// <summary>Backing fields named by the other conventions, and state kept only in a private field.</summary>
public sealed class Conventions
{
#pragma warning disable SA1308 // the m_ convention is what is tested
    private readonly List<string> m_tags = [];
#pragma warning restore SA1308
    private readonly HashSet<int> codes = [];
    private readonly List<string> _secretNotes = [];
    private readonly List<int> _hiddenStore = [];

    public string Id { get; set; } = "";

    public IReadOnlyList<string> Tags => m_tags;

    public IReadOnlySet<int> Codes => codes;

    public IEnumerable<int> Hidden => _hiddenStore;

    public int NoteCount => _secretNotes.Count;

    [NotMapped]
    public IReadOnlyList<string> Events => [];

    public void Tag(string tag) => m_tags.Add(tag);

    public void Code(int code) => codes.Add(code);

    public void Note(string note) => _secretNotes.Add(note);

    public void Hide(int value) => _hiddenStore.Add(value);
}

/// <summary>A get-only collection computed from nothing the mapping can see.</summary>
public sealed class Lossy
{
    public string Id { get; set; } = "";

    public IReadOnlyList<string> Lines => [];

    public string Upper => Id.ToUpperInvariant();
}
