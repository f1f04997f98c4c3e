namespace Dynamo.Repositories.Tests.Model;

/// <summary>An unversioned entity with a partition and a sort key, in a global index by category and amount.</summary>
public sealed class LedgerEntry
{
    public string WalletId { get; set; } = "";

    public string EntryId { get; set; } = "";

    public decimal Amount { get; set; }

    public string? Category { get; set; }

    public string? Note { get; set; }

    public string? Payload { get; set; }
}
