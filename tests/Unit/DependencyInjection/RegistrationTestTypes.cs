using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

public sealed class Widget
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}

public sealed class Gadget
{
    public string Owner { get; set; } = string.Empty;

    public int Number { get; set; }
}

public interface IWidgetRepository : IDynamoRepository<Widget>
{
    string Describe();
}

internal sealed class WidgetConfiguration : IDynamoEntityConfiguration<Widget>
{
    public void Configure(DynamoEntityBuilder<Widget> builder)
    {
        builder.ToTable("Widgets");
        builder.HasPartitionKey(w => w.Id);
    }
}

internal sealed class GadgetConfiguration : IDynamoEntityConfiguration<Gadget>
{
    public void Configure(DynamoEntityBuilder<Gadget> builder)
    {
        builder.ToTable("Gadgets");
        builder.HasPartitionKey(g => g.Owner);
        builder.HasSortKey(g => g.Number);
    }
}

internal sealed class WidgetRepository(DynamoContext context) : DynamoRepository<Widget>(context), IWidgetRepository
{
    public string Describe() => TableName;
}

/// <summary>Declares no partition key: building the model must fail naming the entity.</summary>
internal sealed class KeylessGadgetConfiguration : IDynamoEntityConfiguration<Gadget>
{
    public void Configure(DynamoEntityBuilder<Gadget> builder) => builder.ToTable("Gadgets");
}

internal static class RegistrationTestTypes
{
    public static readonly Type[] Valid = [typeof(WidgetConfiguration), typeof(GadgetConfiguration), typeof(WidgetRepository)];
}
