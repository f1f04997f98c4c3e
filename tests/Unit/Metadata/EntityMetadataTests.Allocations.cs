using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata;

public sealed partial class EntityMetadataTests
{
    // A CI-cheap guard against per-item reflection or boxing creeping into the compiled mappers; not a timing.
    // Measured on .NET 10 / AWSSDK 4.1: about 3.8 KB to write one 12-attribute item (each SDK AttributeValue alone is
    // ~100 bytes) and 0.3 KB to read it back. Per-item reflection or boxing would blow well past these budgets.
    private const long WriteBudgetPerItem = 6_000;
    private const long ReadBudgetPerItem = 1_000;

    [Fact]
    public void ToItem_FromItem_StayWithinAllocationBudget_ForThousandItems()
    {
        var metadata = Scalars();
        var entities = Enumerable.Range(0, 1000).Select(i => new ScalarEntity
        {
            Id = "id-" + i,
            Text = "text",
            IntValue = i,
            LongValue = i * 1000L,
            DoubleValue = i / 3.0,
            DecimalValue = i / 7m,
            BoolValue = i % 2 == 0,
            GuidValue = new Guid(i, 0, 0, new byte[8]),
            DateTimeValue = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
            Status = Status.Shipped,
            NullableInt = i,
        }).ToList();
        var items = entities.Select(metadata.ToItem).ToList();
        _ = items.Select(metadata.FromItem).ToList();

        var beforeWrite = GC.GetAllocatedBytesForCurrentThread();
        foreach (var entity in entities)
        {
            _ = metadata.ToItem(entity);
        }

        var written = GC.GetAllocatedBytesForCurrentThread() - beforeWrite;
        var beforeRead = GC.GetAllocatedBytesForCurrentThread();
        foreach (var item in items)
        {
            _ = metadata.FromItem(item);
        }

        var read = GC.GetAllocatedBytesForCurrentThread() - beforeRead;

        Assert.InRange(written, 1, WriteBudgetPerItem * entities.Count);
        Assert.InRange(read, 1, ReadBudgetPerItem * entities.Count);
    }
}
