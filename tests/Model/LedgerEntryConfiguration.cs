using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.Tests.Model;

public sealed class LedgerEntryConfiguration : IDynamoEntityConfiguration<LedgerEntry>
{
    public void Configure(DynamoEntityBuilder<LedgerEntry> builder)
    {
        builder.ToTable("Ledger");
        builder.HasPartitionKey(e => e.WalletId);
        builder.HasSortKey(e => e.EntryId);
        builder.HasGlobalIndex("ByCategory", e => e.Category, e => e.Amount);
    }
}
