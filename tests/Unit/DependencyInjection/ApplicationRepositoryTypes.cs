using Ardalis.Specification;
using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

/// <summary>The marker of the ardalis/CleanArchitecture template's aggregates.</summary>
public interface IAggregateRoot;

/// <summary>The application's own repository interface, as the ardalis template declares it.</summary>
public interface IAppRepository<T> : IRepositoryBase<T>
    where T : class, IAggregateRoot;

/// <summary>The application's own read repository interface.</summary>
public interface IAppReadRepository<T> : IReadRepositoryBase<T>
    where T : class, IAggregateRoot;

/// <summary>Adds a member: cannot be served without a custom repository.</summary>
public interface IAppRepositoryWithExtras<T> : IRepositoryBase<T>
    where T : class
{
    Task<int> PurgeAsync();
}

public sealed class Cart : IAggregateRoot
{
    public string Id { get; set; } = string.Empty;
}

public sealed class Shipment : IAggregateRoot
{
    public string Id { get; set; } = string.Empty;
}

public sealed class Invoice : IAggregateRoot
{
    public string Id { get; set; } = string.Empty;

    public int Version { get; set; }
}

internal sealed class ApplicationEntitiesConfiguration : IDynamoEntityConfiguration<Cart>, IDynamoEntityConfiguration<Shipment>, IDynamoEntityConfiguration<Invoice>
{
    public void Configure(DynamoEntityBuilder<Cart> builder) => builder.ToTable("Carts").HasPartitionKey(c => c.Id);

    public void Configure(DynamoEntityBuilder<Shipment> builder) => builder.ToTable("Shipments").HasPartitionKey(s => s.Id);

    public void Configure(DynamoEntityBuilder<Invoice> builder) => builder.ToTable("Invoices").HasPartitionKey(i => i.Id).HasVersion(i => i.Version);
}
