namespace Dynamo.Repositories.Tests.Model;

/// <summary>A versioned entity with a partition key only, and a member of every kind the mapping supports.</summary>
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

    public List<string> Tags { get; set; } = [];

    public HashSet<int> Lucky { get; set; } = [];

    public Dictionary<string, int> Limits { get; set; } = [];

    public WalletAddress? Address { get; set; }

    public string? Payload { get; set; }

    public long Version { get; set; }
}
