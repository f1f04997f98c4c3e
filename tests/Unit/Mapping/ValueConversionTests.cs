using Amazon.DynamoDBv2;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.TestDomain.Contributors;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping;

public sealed class ValueConversionTests
{
    private static readonly Guid OrderGuid = new("6b1f0c1e-2f53-4f4e-9a55-1b3d6c1f9e01");
    private static readonly Guid TicketGuid = new("0a4d8d55-8f0e-4c55-9a61-5a7d34c0c2aa");

    private static EntityMetadata<T> Map<T>(Action<DynamoEntityBuilder<T>> configure, params object[] more)
        where T : class =>
        EntityModelBuilder.Build([new Configuration<T>(configure), .. more]).Get<T>();

    private static Order NewOrder() => new()
    {
        Id = new OrderId(OrderGuid),
        Ticket = TicketId.From(TicketGuid),
        Previous = new OrderId(TicketGuid),
        Sku = Sku.Create("ab-1"),
        Temperature = new Celsius(21.5),
        Total = new Money(9.99m, "EUR"),
        Related = [new OrderId(OrderGuid)],
    };

    [Fact]
    public void ToItem_StoresEachWrapperAsItsValue_WithNoConfiguration()
    {
        var metadata = Map<Order>(b => b.HasPartitionKey(x => x.Id).Ignore(x => x.Label));

        var item = metadata.ToItem(NewOrder());
        var back = metadata.FromItem(item);

        Assert.Equal(OrderGuid.ToString(), item["Id"].S);
        Assert.Equal(TicketGuid.ToString(), item["Ticket"].S);
        Assert.Equal(TicketGuid.ToString(), item["Previous"].S);
        Assert.Equal("AB-1", item["Sku"].S);
        Assert.Equal("21.5", item["Temperature"].N);
        Assert.Equal(OrderGuid.ToString(), item["Related"].L[0].S);
        Assert.Equal("9.99", item["Total"].M["Amount"].N);
        Assert.Equal(new OrderId(OrderGuid), back.Id);
        Assert.Equal(TicketId.From(TicketGuid), back.Ticket);
        Assert.Equal(new OrderId(TicketGuid), back.Previous);
        Assert.Equal("AB-1", back.Sku!.Code);
        Assert.Equal(21.5, back.Temperature!.Degrees);
        Assert.Equal(new Money(9.99m, "EUR"), back.Total);
        Assert.Equal([new OrderId(OrderGuid)], back.Related);
    }

    [Fact]
    public void KeyOf_UsesTheInnerTypeOfAWrappedKey()
    {
        var metadata = Map<Order>(b => b.HasPartitionKey(x => x.Id).HasSortKey(x => x.Ticket).Ignore(x => x.Label));

        var key = metadata.KeyOf(new EntityKey(new OrderId(OrderGuid), TicketId.From(TicketGuid)));

        Assert.Equal(ScalarAttributeType.S, metadata.PartitionKey.Converter.KeyType);
        Assert.Equal(ScalarAttributeType.S, metadata.SortKey!.Converter.KeyType);
        Assert.Equal(OrderGuid.ToString(), key["Id"].S);
        Assert.Equal(TicketGuid.ToString(), key["Ticket"].S);
    }

    [Fact]
    public void KeyOf_AcceptsTheStoredValueOfAWrappedKey_AndRejectsAnotherType()
    {
        var metadata = Map<Order>(b => b.HasPartitionKey(x => x.Id).HasSortKey(x => x.Ticket).Ignore(x => x.Label));

        var key = metadata.KeyOf(new EntityKey(OrderGuid, TicketGuid));
        var error = Assert.Throws<EntityMappingException>(() => metadata.KeyOf(new EntityKey("not-a-guid", TicketGuid)));

        Assert.Equal(OrderGuid.ToString(), key["Id"].S);
        Assert.Equal(TicketGuid.ToString(), key["Ticket"].S);
        Assert.Equal(nameof(Order.Id), error.PropertyName);
    }

    [Fact]
    public void Contributor_RoundTrips_WithAConfigurationOfKeysOnly()
    {
        var metadata = Map<Contributor>(b => b.HasPartitionKey(x => x.Id));
        var contributor = new Contributor(ContributorName.From("Ardalis")) { Id = ContributorId.From(7) };
        contributor.SetPhoneNumber("555-0100").Activate();

        var item = metadata.ToItem(contributor);
        var back = metadata.FromItem(item);

        Assert.Equal(["Id", "Name", "PhoneNumber", "Status"], item.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("7", item["Id"].N);
        Assert.Equal(ScalarAttributeType.N, metadata.PartitionKey.Converter.KeyType);
        Assert.Equal("Ardalis", item["Name"].S);
        Assert.Equal("1", item["Status"].N);
        Assert.Equal("555-0100", item["PhoneNumber"].M["Number"].S);
        Assert.Equal(ContributorId.From(7), back.Id);
        Assert.Equal(ContributorName.From("Ardalis"), back.Name);
        Assert.Same(ContributorStatus.Active, back.Status);
        Assert.Equal(new PhoneNumber("+1", "555-0100", null), back.PhoneNumber);
        Assert.Empty(back.DomainEvents);
    }

    [Fact]
    public void FromItem_ReportsTheProperty_WhenTheWrapperRejectsTheStoredValue()
    {
        var metadata = Map<Contributor>(b => b.HasPartitionKey(x => x.Id));

        var error = Assert.Throws<EntityMappingException>(() => metadata.FromItem(new()
        {
            ["Id"] = new() { N = "1" },
            ["Name"] = new() { S = " " },
        }));

        Assert.Equal(nameof(Contributor.Name), error.PropertyName);
        Assert.Contains("Contributor.Name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasConversion_TakesPrecedenceOverConventions_AndConventionsOverBuiltInWrappers()
    {
        var metadata = Map<Order>(
            b =>
            {
                b.HasPartitionKey(x => x.Id);
                b.Property(x => x.Sku).HasConversion(v => "sku:" + v!.Code, s => Sku.Create(s.Substring(4)));
            },
            new Conventions(c =>
            {
                c.Properties<Sku>().HaveConversion(v => "convention", s => Sku.Create(s));
                c.Properties<Label>().HaveConversion(v => v.Text, s => Label.Of(s));
                c.Properties<OrderId>().HaveConversion(v => v.Value.ToString("N"), s => new OrderId(Guid.ParseExact(s, "N")));
            }));
        var order = NewOrder();
        order.Label = Label.Of("fragile");

        var item = metadata.ToItem(order);
        var back = metadata.FromItem(item);

        Assert.Equal("sku:AB-1", item["Sku"].S);
        Assert.Equal("fragile", item["Label"].S);
        Assert.Equal(OrderGuid.ToString("N"), item["Id"].S);
        Assert.Equal(OrderGuid.ToString("N"), item["Related"].L[0].S);
        Assert.Equal("AB-1", back.Sku!.Code);
        Assert.Equal(7, back.Label!.Weight);
        Assert.Equal(new OrderId(OrderGuid), back.Id);
    }

    [Fact]
    public void Conventions_MayOverrideABuiltInType_AndUseAConverter()
    {
        var metadata = Map<Conversions>(
            b => b.HasPartitionKey(x => x.Id),
            new Conventions(c =>
            {
                c.Properties<decimal>().HaveConversion(v => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), s => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
                c.Properties<Money>().HaveConverter(new MoneyText());
            }));

        var item = metadata.ToItem(new Conversions { Id = "c-1", Amount = 2.5m, Price = new Money(3m, "EUR") });
        var back = metadata.FromItem(item);

        Assert.Equal("2.50", item["Amount"].S);
        Assert.Equal("EUR 3", item["Price"].S);
        Assert.Equal((2.5m, new Money(3m, "EUR")), (back.Amount, back.Price));
    }

    [Fact]
    public void Build_Throws_NamingTheProperty_WhenATypeHasNoConvention()
    {
        var error = Assert.Throws<EntityConfigurationException>(() => Map<Order>(b => b.HasPartitionKey(x => x.Id)));

        Assert.Equal(nameof(Order.Label), error.PropertyName);
        Assert.Contains("Order.Label", error.Message, StringComparison.Ordinal);
        Assert.Contains("Label(String text, Int32 size) (no mapped member for 'size')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenAConversionStoresAnUnsupportedType()
    {
        var error = Assert.Throws<EntityConfigurationException>(() => Map<Order>(b =>
        {
            b.HasPartitionKey(x => x.Id);
            b.Property(x => x.Label).HasConversion(v => new Uri("https://x/" + v!.Text), u => Label.Of(u.AbsolutePath));
        }));

        Assert.Equal(nameof(Order.Label), error.PropertyName);
        Assert.Contains("stores it as Uri", error.Message, StringComparison.Ordinal);
    }

    public sealed class Conversions
    {
        public string Id { get; set; } = "";

        public decimal Amount { get; set; }

        public Money? Price { get; set; }
    }

    private sealed class MoneyText : DynamoConverter<Money>
    {
        public override Amazon.DynamoDBv2.Model.AttributeValue Write(Money value) =>
            new() { S = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{value.Currency} {value.Amount}") };

        public override Money Read(Amazon.DynamoDBv2.Model.AttributeValue value) =>
            new(decimal.Parse(value.S.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), value.S.Split(' ')[0]);
    }

    /// <summary>A model configuration given as a lambda.</summary>
    private sealed class Conventions(Action<DynamoConventionsBuilder> configure) : IDynamoModelConfiguration
    {
        public void ConfigureConventions(DynamoConventionsBuilder conventions) => configure(conventions);
    }
}
