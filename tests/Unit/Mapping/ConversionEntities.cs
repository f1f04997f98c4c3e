using System.ComponentModel;
using System.Globalization;
using Vogen;

namespace Dynamo.Repositories.UnitTests.Mapping;

/// <summary>A strongly-typed id as a positional record struct: stored through its constructor.</summary>
public readonly record struct OrderId(Guid Value);

/// <summary>A Vogen id over Guid, declared in the test project itself (its generator runs here).</summary>
[ValueObject<Guid>]
public readonly partial struct TicketId;

/// <summary>A wrapper whose way back is a static Create.</summary>
public sealed class Sku
{
    private Sku(string code) => Code = code.ToUpperInvariant();

    public string Code { get; }

    public static Sku Create(string code) => new(code);
}

/// <summary>A wrapper whose only way back is a TypeConverter.</summary>
[TypeConverter(typeof(CelsiusConverter))]
public sealed class Celsius
{
    internal Celsius(double degrees) => Degrees = degrees;

    public double Degrees { get; }
}

public sealed class CelsiusConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(double);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) => new Celsius((double)value);
}

/// <summary>A value object with two members: not a wrapper, stored as a map.</summary>
public sealed record Money(decimal Amount, string Currency);

/// <summary>A type no convention fits (two members, and a constructor that binds neither map nor wrapper): needs a conversion.</summary>
public sealed class Label
{
    private Label(string text, int size)
    {
        Text = text;
        Weight = size;
    }

    public string Text { get; }

    public int Weight { get; }

    public static Label Of(string text) => new(text, text.Length);
}

public sealed class Order
{
    public OrderId Id { get; set; }

    public TicketId Ticket { get; set; }

    public OrderId? Previous { get; set; }

    public Sku? Sku { get; set; }

    public Celsius? Temperature { get; set; }

    public Money? Total { get; set; }

    public Label? Label { get; set; }

    public List<OrderId> Related { get; set; } = [];
}
