using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.Tests.Model;

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
