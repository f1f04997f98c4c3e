namespace Ordering.Domain;

/// <summary>A strongly-typed order id; stored as its string (the table's sort key) with no configuration.</summary>
public readonly record struct OrderId(string Value)
{
    public override string ToString() => Value;
}
