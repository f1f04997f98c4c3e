using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.IntegrationTests.Events;

/// <summary>The application's own marker for aggregates that raise events (declared once, model-wide).</summary>
public interface IRaisesEvents
{
    IReadOnlyList<object> Events { get; }

    void ClearEvents();
}

public sealed record AccountCredited(string AccountId, decimal Amount);

public sealed record AccountOpened(string AccountId);

public sealed record ParcelShipped(string ParcelId, string Carrier);

/// <summary>Configured per entity with HasDomainEvents.</summary>
public sealed class Account
{
    private readonly List<object> _pending = [];

    public string Id { get; set; } = string.Empty;

    public decimal Balance { get; set; }

    public long Version { get; set; }

    public IReadOnlyList<object> Pending => _pending;

    public static Account Open(string id)
    {
        var account = new Account { Id = id };
        account._pending.Add(new AccountOpened(id));
        return account;
    }

    public void Credit(decimal amount)
    {
        Balance += amount;
        _pending.Add(new AccountCredited(Id, amount));
    }

    public void Forget() => _pending.Clear();
}

/// <summary>Configured through the model-wide declaration for <see cref="IRaisesEvents"/>.</summary>
public sealed class Parcel : IRaisesEvents
{
    private readonly List<object> _events = [];

    public string Id { get; set; } = string.Empty;

    public string? Carrier { get; set; }

    public IReadOnlyList<object> Events => _events;

    public void Ship(string carrier)
    {
        Carrier = carrier;
        _events.Add(new ParcelShipped(Id, carrier));
    }

    public void ClearEvents() => _events.Clear();
}

public sealed class AccountConfiguration : IDynamoEntityConfiguration<Account>
{
    public void Configure(DynamoEntityBuilder<Account> builder)
    {
        builder.ToTable("Accounts").HasPartitionKey(a => a.Id).HasVersion(a => a.Version);
        builder.Ignore(a => a.Pending);
        builder.HasDomainEvents(a => a.Pending, a => a.Forget());
    }
}

public sealed class ParcelConfiguration : IDynamoEntityConfiguration<Parcel>, IDynamoModelConfiguration
{
    public void Configure(DynamoEntityBuilder<Parcel> builder)
    {
        builder.ToTable("Parcels").HasPartitionKey(p => p.Id);
        builder.Ignore(p => p.Events);
    }

    public void ConfigureConventions(DynamoConventionsBuilder conventions) =>
        conventions.DomainEvents<IRaisesEvents>(e => e.Events, e => e.ClearEvents());
}
