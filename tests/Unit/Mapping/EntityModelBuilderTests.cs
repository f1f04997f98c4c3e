using Amazon.DynamoDBv2;
using Dynamo.Repositories.Mapping;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Mapping;

public sealed class EntityModelBuilderTests
{
    private static EntityConfigurationException Fails(params object[] configurations) =>
        Assert.Throws<EntityConfigurationException>(() => EntityModelBuilder.Build(configurations));

    private static Configuration<Customer> CustomerConfig(Action<DynamoEntityBuilder<Customer>> configure) => new(b =>
    {
        b.Ignore(x => x.Website);
        configure(b);
    });

    [Fact]
    public void Build_MapsEveryEntityOfAConfiguration_WithDefaults()
    {
        var model = EntityModelBuilder.Build([new BothConfiguration()]);

        var invoice = model.Get<Invoice>();
        var shipment = model.Get<Shipment>();

        Assert.Equal(2, model.Entities.Count);
        Assert.Equal(nameof(Invoice), invoice.TableName);
        Assert.Equal(ScalarAttributeType.N, invoice.PartitionKey.Converter.KeyType);
        Assert.Equal([nameof(Invoice.Id), nameof(Invoice.Number)], invoice.Properties.Select(p => p.AttributeName));
        Assert.Equal("Sort", shipment.SortKey!.AttributeName);
    }

    [Fact]
    public void Build_MapsConfiguredFields_AndSkipsComputedProperties()
    {
        var model = EntityModelBuilder.Build([new Configuration<WithField>(b => b.HasPartitionKey(x => x.Id).Property(x => x.Code).HasAttributeName("code"))]);
        var metadata = model.Get<WithField>();

        var item = metadata.ToItem(new WithField { Id = "a", Code = "c" });

        Assert.Equal("c", item["code"].S);
        Assert.Null(metadata.FindProperty(nameof(WithField.Computed)));
        Assert.Equal("c", metadata.FromItem(item).Code);
    }

    [Fact]
    public void Build_UsesCustomConverter()
    {
        var metadata = EntityModelBuilder.Build([CustomerConfig(b => b.HasPartitionKey(x => x.Id).Property(x => x.Name).HasConverter(new Upper()))]).Get<Customer>();

        var item = metadata.ToItem(new Customer { Id = "1", Name = "ada" });

        Assert.Equal("ADA", item[nameof(Customer.Name)].S);
        Assert.Equal("ada", metadata.FromItem(item).Name);
    }

    [Fact]
    public void Build_Throws_WhenNoPartitionKey()
    {
        var error = Fails(CustomerConfig(b => b.ToTable("Customers")));

        Assert.Equal(typeof(Customer), error.EntityType);
        Assert.Contains("Customer has no partition key", error.Message, StringComparison.Ordinal);
        Assert.Contains("HasPartitionKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenPropertyTypeIsUnsupported()
    {
        var error = Fails(new Configuration<Customer>(b => b.HasPartitionKey(x => x.Id)));

        Assert.Equal(nameof(Customer.Website), error.PropertyName);
        Assert.Contains("Customer.Website", error.Message, StringComparison.Ordinal);
        Assert.Contains("Uri", error.Message, StringComparison.Ordinal);
        Assert.Contains("Ignore(x => x.Website)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_NamingTheNestedPath_WhenNestedMemberIsUnsupported()
    {
        var error = Fails(new Configuration<WithBadNested>(b => b.HasPartitionKey(x => x.Id)));

        Assert.Equal(typeof(WithBadNested), error.EntityType);
        Assert.Equal("Holder.Anything", error.PropertyName);
        Assert.Contains("Holder.Anything", error.Message, StringComparison.Ordinal);
        Assert.Contains("Object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenNoConstructorOfANestedClassBinds()
    {
        var error = Fails(new Configuration<WithUnboundNested>(b => b.HasPartitionKey(x => x.Id)));

        Assert.Equal(typeof(WithUnboundNested), error.EntityType);
        Assert.Contains("WithUnboundNested.Where", error.Message, StringComparison.Ordinal);
        Assert.Contains("Constructors considered: Spot(Int32 left, Int32 top) (no mapped member for 'left', 'top')", error.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(WithUnboundNested.Where), error.PropertyName);
    }

    [Fact]
    public void Build_Throws_NamingTheConstructorsConsidered_WhenNoConstructorOfTheEntityBinds()
    {
        var error = Fails(new Configuration<UnboundConstructor>(b => b.HasPartitionKey(x => x.Id)));

        Assert.Equal(typeof(UnboundConstructor), error.EntityType);
        Assert.Contains("UnboundConstructor has no constructor whose parameters all match mapped members", error.Message, StringComparison.Ordinal);
        Assert.Contains("UnboundConstructor(String identifier) (no mapped member for 'identifier')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenKeyMemberIsIgnored()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).HasGlobalIndex("ByEmail", x => x.Email).Ignore(x => x.Email)));

        Assert.Equal(nameof(Customer.Email), error.PropertyName);
        Assert.Contains("Customer.Email is ignored but is used as the partition key of index 'ByEmail'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenTwoPropertiesShareAnAttributeName()
    {
        var error = Fails(CustomerConfig(b =>
        {
            b.HasPartitionKey(x => x.Id);
            b.Property(x => x.Name).HasAttributeName("n");
            b.Property(x => x.Email).HasAttributeName("n");
        }));

        Assert.Contains("Customer.Name and Customer.Email both map to attribute 'n'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenKeyAttributeNameIsTooLong()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).Property(x => x.Id).HasAttributeName(new string('é', 128))));

        Assert.Equal(nameof(Customer.Id), error.PropertyName);
        Assert.Contains("1 to 255 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_Throws_WhenAttributeNameIsEmpty()
    {
        Assert.Throws<ArgumentException>(() => EntityModelBuilder.Build([CustomerConfig(b => b.HasPartitionKey(x => x.Id).Property(x => x.Name).HasAttributeName(" "))]));
    }

    [Fact]
    public void Build_Throws_WhenIndexNameIsDeclaredTwice()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).HasGlobalIndex("ByName", x => x.Name).HasGlobalIndex("ByName", x => x.Email)));

        Assert.Contains("Customer declares index 'ByName' twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenIndexNameIsInvalid()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).HasGlobalIndex("by name", x => x.Name)));

        Assert.Contains("index name 'by name' is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenTableNameIsInvalid()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).ToTable("Customers/2024")));

        Assert.Contains("table name 'Customers/2024' is not valid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenLocalIndexHasNoTableSortKey()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).HasLocalIndex("ByAge", x => x.Age)));

        Assert.Equal(nameof(Customer.Age), error.PropertyName);
        Assert.Contains("local index 'ByAge'", error.Message, StringComparison.Ordinal);
        Assert.Contains("HasSortKey", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("partition")]
    [InlineData("sort")]
    [InlineData("index")]
    public void Build_Throws_WhenKeyTypeCannotBeAKey(string role)
    {
        var error = Fails(CustomerConfig(b =>
        {
            _ = role switch
            {
                "partition" => b.HasPartitionKey(x => x.Active),
                "sort" => b.HasPartitionKey(x => x.Id).HasSortKey(x => x.Roles),
                _ => b.HasPartitionKey(x => x.Id).HasGlobalIndex("ByReferrer", x => x.Referrer),
            };
        }));

        Assert.Contains("cannot be a key", error.Message, StringComparison.Ordinal);
        Assert.Contains(role == "partition" ? "Customer.Active" : role == "sort" ? "Customer.Roles" : "Customer.Referrer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenVersionIsNotIntegral()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).HasVersion(x => x.Name)));

        Assert.Equal(nameof(Customer.Name), error.PropertyName);
        Assert.Contains("Customer.Name is the version but is a String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenTimeToLiveHasAnUnsupportedType()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).HasTimeToLive(x => x.Name)));

        Assert.Equal(nameof(Customer.Name), error.PropertyName);
        Assert.Contains("Customer.Name is the time-to-live", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenConverterConvertsAnotherType()
    {
        var error = Fails(CustomerConfig(b => b.HasPartitionKey(x => x.Id).Property(x => (object)x.Age).HasConverter(new ObjectConverterStub())));

        Assert.Equal(nameof(Customer.Age), error.PropertyName);
        Assert.Contains("DynamoConverter<Int32>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenEntityIsConfiguredTwice()
    {
        var error = Fails(new BothConfiguration(), new Configuration<Invoice>(b => b.HasPartitionKey(x => x.Id)));

        Assert.Equal(typeof(Invoice), error.EntityType);
        Assert.Contains("Invoice is configured twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenObjectIsNotAConfiguration()
    {
        var error = Fails("not a configuration");

        Assert.Contains("implements neither IDynamoEntityConfiguration<T> nor IDynamoModelConfiguration", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_NamingBothEntities_WhenSharedTableKeysHaveDifferentNames()
    {
        var error = Fails(
            new Configuration<Invoice>(b => b.ToTable("Shared").HasPartitionKey(x => x.Number).Property(x => x.Number).HasAttributeName("pk")),
            new Configuration<Shipment>(b => b.ToTable("Shared").HasPartitionKey(x => x.Id)));

        Assert.Contains("Invoice and Shipment share table 'Shared'", error.Message, StringComparison.Ordinal);
        Assert.Contains("partition key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_NamingBothEntities_WhenSharedTableKeysHaveDifferentTypes()
    {
        var error = Fails(
            new Configuration<Invoice>(b => b.ToTable("Shared").HasPartitionKey(x => x.Id).Property(x => x.Id).HasAttributeName("pk")),
            new Configuration<Shipment>(b => b.ToTable("Shared").HasPartitionKey(x => x.Id).Property(x => x.Id).HasAttributeName("pk")));

        Assert.Contains("Invoice and Shipment share table 'Shared'", error.Message, StringComparison.Ordinal);
        Assert.Contains("(N)", error.Message, StringComparison.Ordinal);
        Assert.Contains("(S)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Throws_WhenOnlyOneEntityOnSharedTableHasASortKey()
    {
        var error = Fails(
            new Configuration<Customer>(b => b.ToTable("Shared").HasPartitionKey(x => x.Id).Ignore(x => x.Website)),
            new Configuration<Shipment>(b => b.ToTable("Shared").HasPartitionKey(x => x.Id).HasSortKey(x => x.Sort)));

        Assert.Contains("only Shipment has a sort key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Succeeds_WhenEntitiesShareATableWithTheSameKeys()
    {
        var model = EntityModelBuilder.Build([
            new Configuration<Customer>(b => b.ToTable("Shared").HasPartitionKey(x => x.Id).Ignore(x => x.Website)),
            new Configuration<Shipment>(b => b.ToTable("Shared").HasPartitionKey(x => x.Id)),
        ]);

        Assert.All(model.Entities, e => Assert.Equal("Shared", e.TableName));
    }

    [Fact]
    public void SetVersion_Throws_WhenVersionNoLongerFitsAnInt()
    {
        var metadata = EntityModelBuilder.Build([CustomerConfig(b => b.HasPartitionKey(x => x.Id).HasVersion(x => x.Age))]).Get<Customer>();
        var customer = new Customer { Id = "c", Age = 1 };

        metadata.SetVersion(customer, 2);
        var error = Assert.Throws<EntityMappingException>(() => metadata.SetVersion(customer, int.MaxValue + 1L));

        Assert.Equal(2, customer.Age);
        Assert.Equal(nameof(Customer.Age), error.PropertyName);
        Assert.Contains("Make the version property a long", error.Message, StringComparison.Ordinal);
    }

    private sealed class ObjectConverterStub : DynamoConverter<object>
    {
        public override Amazon.DynamoDBv2.Model.AttributeValue Write(object value) => new() { S = "x" };

        public override object Read(Amazon.DynamoDBv2.Model.AttributeValue value) => value.S;
    }
}
