using System.Reflection;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Metadata;
using NSubstitute;

namespace Dynamo.Repositories.UnitTests.Tables;

/// <summary>Builds entity metadata by hand, so table and options tests do not depend on the mapping builder.</summary>
internal static class TestModel
{
    public static PropertyMetadata Property<T>(string member, string? attributeName = null, ScalarAttributeType? keyType = null)
    {
        var info = (MemberInfo?)typeof(T).GetProperty(member) ?? throw new ArgumentException(member);
        var converter = Substitute.For<IAttributeConverter>();
        converter.KeyType.Returns(keyType ?? ScalarAttributeType.S);
        return new PropertyMetadata(info, ((PropertyInfo)info).PropertyType, attributeName ?? member, converter, _ => null, (_, _) => { }, null);
    }

    public static EntityMetadata<T> Entity<T>(
        string tableName,
        PropertyMetadata partitionKey,
        PropertyMetadata? sortKey = null,
        PropertyMetadata? timeToLive = null,
        params IndexMetadata[] indexes)
        where T : class
    {
        var properties = new[] { partitionKey, sortKey, timeToLive }
            .Concat(indexes.SelectMany(i => new[] { i.PartitionKey, i.SortKey }))
            .OfType<PropertyMetadata>()
            .DistinctBy(p => p.Name)
            .ToList();
        return new EntityMetadata<T>(
            properties, tableName, partitionKey, sortKey, null, timeToLive, indexes, NoWriter, _ => throw new NotSupportedException());
    }

    private static Dictionary<string, AttributeValue> NoWriter<T>(T entity, out WrittenItem key)
    {
        key = default;
        return [];
    }

    public static EntityModel Model(params EntityMetadata[] entities) => new(entities);

    public static EntityModel Orders()
    {
        var customer = Property<Order>(nameof(Order.CustomerId), "pk");
        var orderId = Property<Order>(nameof(Order.OrderId), "sk");
        var status = Property<Order>(nameof(Order.Status), "status");
        var placed = Property<Order>(nameof(Order.PlacedAt), "placedAt");
        var total = Property<Order>(nameof(Order.Total), "total", ScalarAttributeType.N);
        var expires = Property<Order>(nameof(Order.ExpiresAt), "expiresAt", ScalarAttributeType.N);
        return Model(Entity<Order>(
            "Orders",
            customer,
            orderId,
            expires,
            new IndexMetadata("ByStatus", true, status, placed),
            new IndexMetadata("ByTotal", false, customer, total)));
    }

    public sealed class Order
    {
        public string CustomerId { get; set; } = string.Empty;

        public string OrderId { get; set; } = string.Empty;

        public string Status { get; set; } = string.Empty;

        public string PlacedAt { get; set; } = string.Empty;

        public decimal Total { get; set; }

        public long ExpiresAt { get; set; }
    }

    public sealed class Invoice
    {
        public string CustomerId { get; set; } = string.Empty;

        public string InvoiceId { get; set; } = string.Empty;

        public long Number { get; set; }

        public long ExpiresAt { get; set; }
    }
}
