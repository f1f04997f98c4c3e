using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.IntegrationTests.UnitOfWork;

public enum WalletTier
{
    Basic,
    Gold,
}

public sealed class WalletAddress
{
    public string Street { get; set; } = "";

    public string? City { get; set; }
}

public sealed class Wallet
{
    public string Id { get; set; } = "";

    public string Owner { get; set; } = "";

    public decimal Balance { get; set; }

    public int Transfers { get; set; }

    public double Score { get; set; }

    public bool Active { get; set; }

    public Guid ExternalId { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public WalletTier Tier { get; set; }

    public byte[]? Secret { get; set; }

    public List<string> Labels { get; set; } = [];

    public HashSet<int> Lucky { get; set; } = [];

    public Dictionary<string, int> Limits { get; set; } = [];

    public WalletAddress? Address { get; set; }

    public string? Payload { get; set; }

    public long Version { get; set; }
}

public sealed class WalletConfiguration : IDynamoEntityConfiguration<Wallet>
{
    public void Configure(DynamoEntityBuilder<Wallet> builder)
    {
        builder.ToTable("Wallets");
        builder.HasPartitionKey(w => w.Id);
        builder.HasVersion(w => w.Version);
        builder.Property(w => w.Balance).HasAttributeName("balance");
    }
}

public sealed class LedgerEntry
{
    public string WalletId { get; set; } = "";

    public string EntryId { get; set; } = "";

    public decimal Amount { get; set; }

    public string? Note { get; set; }

    public string? Payload { get; set; }
}

public sealed class LedgerEntryConfiguration : IDynamoEntityConfiguration<LedgerEntry>
{
    public void Configure(DynamoEntityBuilder<LedgerEntry> builder)
    {
        builder.ToTable("Ledger");
        builder.HasPartitionKey(e => e.WalletId);
        builder.HasSortKey(e => e.EntryId);
    }
}
