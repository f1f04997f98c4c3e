using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Metadata;

public sealed partial class EntityMetadataTests
{
    private static EntityMetadata<ShapedEntity> Shaped() => EntityModelBuilder.Build([new ShapedEntityConfiguration()]).Get<ShapedEntity>();

    private static ShapedEntity NewShaped() =>
        new("customer-1", new Money(12.5m, "EUR")) { OrderNumber = 7, Version = 3, ExpiresAt = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), Secret = "hidden" };

    [Fact]
    public void ToItem_FromItem_UseConfiguredNamesConvertersAndAllKindsOfSetters()
    {
        var metadata = Shaped();
        var source = NewShaped();

        var item = metadata.ToItem(source);
        var back = metadata.FromItem(item);

        Assert.Equal(["ExpiresAt", "Immutable", "Status", "Version", "pk", "sk", "total"], item.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("customer-1", back.CustomerId);
        Assert.Equal(7, back.OrderNumber);
        Assert.Equal("set-by-constructor", back.Immutable);
        Assert.Equal(new Money(12.5m, "EUR"), back.Total);
        Assert.Equal("EUR:12.5", item["total"].S);
        Assert.Equal(3, back.Version);
        Assert.Null(back.Secret);
    }

    [Fact]
    public void ToItem_StoresTimeToLiveAsEpochSeconds()
    {
        var metadata = Shaped();

        var item = metadata.ToItem(NewShaped());
        var back = metadata.FromItem(item);

        Assert.Equal("1893456000", item["ExpiresAt"].N);
        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), back.ExpiresAt);
        Assert.Equal(ScalarAttributeType.N, metadata.TimeToLive!.Converter.KeyType);
    }

    [Fact]
    public void Metadata_DescribesKeysVersionTimeToLiveAndIndexes()
    {
        var metadata = Shaped();

        Assert.Equal("Orders", metadata.TableName);
        Assert.Equal("pk", metadata.PartitionKey.AttributeName);
        Assert.Equal(ScalarAttributeType.S, metadata.PartitionKey.Converter.KeyType);
        Assert.Equal("sk", metadata.SortKey!.AttributeName);
        Assert.Equal(ScalarAttributeType.N, metadata.SortKey.Converter.KeyType);
        Assert.Equal(nameof(ShapedEntity.Version), metadata.Version!.Name);
        Assert.Equal(nameof(ShapedEntity.ExpiresAt), metadata.TimeToLive!.Name);
        Assert.Null(metadata.FindProperty(nameof(ShapedEntity.IsLarge)));
        Assert.Null(metadata.FindProperty(nameof(ShapedEntity.Secret)));
        var global = Assert.Single(metadata.Indexes, i => i.IsGlobal);
        Assert.Equal("ByStatus", global.Name);
        Assert.Equal(nameof(ShapedEntity.Status), global.PartitionKey.Name);
        Assert.Equal("sk", global.SortKey!.AttributeName);
        var local = Assert.Single(metadata.Indexes, i => !i.IsGlobal);
        Assert.Same(metadata.PartitionKey, local.PartitionKey);
        Assert.Equal(nameof(ShapedEntity.ExpiresAt), local.SortKey!.Name);
    }

    [Fact]
    public void KeyOf_BuildsTheKeyFromEntityAndFromKeyValues()
    {
        var metadata = Shaped();

        var fromEntity = metadata.KeyOf(NewShaped());
        var fromValues = metadata.KeyOf(new EntityKey("customer-1", 7));

        Assert.Equal(["pk", "sk"], fromEntity.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("customer-1", fromEntity["pk"].S);
        Assert.Equal("7", fromEntity["sk"].N);
        Assert.Equal(fromEntity["sk"].N, fromValues["sk"].N);
        Assert.Equal("(customer-1, 7)", metadata.DescribeKey(NewShaped()));
    }

    [Fact]
    public void KeyOf_Throws_WhenKeyValueHasTheWrongTypeOrSortKeyIsMissing()
    {
        var metadata = Shaped();

        var wrongType = Assert.Throws<EntityMappingException>(() => metadata.KeyOf(new EntityKey("customer-1", "7")));
        var missing = Assert.Throws<EntityMappingException>(() => metadata.KeyOf(new EntityKey("customer-1")));

        Assert.Equal(nameof(ShapedEntity.OrderNumber), wrongType.PropertyName);
        Assert.Contains("Int32", wrongType.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(ShapedEntity.OrderNumber), missing.PropertyName);
    }

    [Fact]
    public void GetVersion_SetVersion_ReadAndWriteTheVersionProperty()
    {
        var metadata = Shaped();
        var entity = NewShaped();

        var before = metadata.GetVersion(entity);
        metadata.SetVersion(entity, 4);

        Assert.Equal(3, before);
        Assert.Equal(4, entity.Version);
        Assert.Equal(4, metadata.GetVersion(entity));
    }

    [Fact]
    public void SetValue_WritesPrivateInitAndGetOnlyMembers()
    {
        var metadata = Shaped();
        var entity = NewShaped();

        metadata.FindProperty(nameof(ShapedEntity.CustomerId))!.SetValue(entity, "c2");
        metadata.FindProperty(nameof(ShapedEntity.OrderNumber))!.SetValue(entity, 9);
        metadata.FindProperty(nameof(ShapedEntity.Immutable))!.SetValue(entity, "changed");

        Assert.Equal("c2", entity.CustomerId);
        Assert.Equal(9, entity.OrderNumber);
        Assert.Equal("changed", entity.Immutable);
        Assert.Equal("changed", metadata.FindProperty(nameof(ShapedEntity.Immutable))!.GetValue(entity));
    }

    [Fact]
    public void FromItem_LeavesConstructorDefaults_WhenAttributesAreMissing()
    {
        var item = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = "c" }, ["sk"] = new() { N = "1" } };

        var back = Shaped().FromItem(item);

        Assert.Equal("new", back.Status);
        Assert.Equal(new Money(0, "EUR"), back.Total);
        Assert.Null(back.Version);
    }

    [Fact]
    public void ToItem_Throws_WhenTableKeyIsNullOrEmpty()
    {
        var metadata = Shaped();

        var empty = Assert.Throws<EntityMappingException>(() => metadata.ToItem(new ShapedEntity("", new Money(1, "EUR"))));
        var nullKey = Assert.Throws<EntityMappingException>(() => metadata.ToItem(new ShapedEntity(null!, new Money(1, "EUR"))));

        Assert.Equal(nameof(ShapedEntity.CustomerId), empty.PropertyName);
        Assert.Contains("ShapedEntity.CustomerId is empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("ShapedEntity.CustomerId is null", nullKey.Message, StringComparison.Ordinal);

        // The compiled writer checks keys after writing: its own errors are not wrapped as converter failures.
        Assert.StartsWith("The key ", empty.Message, StringComparison.Ordinal);
        Assert.Null(empty.InnerException);
        Assert.Null(nullKey.InnerException);
    }

    [Fact]
    public void ToItem_Throws_WhenIndexKeyIsEmpty_ButAllowsItMissing()
    {
        var metadata = Shaped();
        var sparse = NewShaped();
        sparse.Status = null!;
        var empty = NewShaped();
        empty.Status = "";

        var item = metadata.ToItem(sparse);
        var error = Assert.Throws<EntityMappingException>(() => metadata.ToItem(empty));

        Assert.DoesNotContain(nameof(ShapedEntity.Status), item.Keys);
        Assert.Equal(nameof(ShapedEntity.Status), error.PropertyName);
        Assert.Contains("ShapedEntity.Status is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyOf_Throws_WhenKeyValueIsNullOrEmpty()
    {
        var metadata = Shaped();

        var nullKey = Assert.Throws<EntityMappingException>(() => metadata.KeyOf(new EntityKey(null!, 1)));
        var emptyKey = Assert.Throws<EntityMappingException>(() => metadata.KeyOf(new EntityKey("", 1)));

        Assert.Equal(nameof(ShapedEntity.CustomerId), nullKey.PropertyName);
        Assert.Contains("must not be null", nullKey.Message, StringComparison.Ordinal);
        Assert.Contains("must not be empty", emptyKey.Message, StringComparison.Ordinal);
    }
}
