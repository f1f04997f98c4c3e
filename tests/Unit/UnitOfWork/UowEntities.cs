using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class Account
{
    public string Id { get; set; } = "";

    public string Owner { get; set; } = "";

    public decimal Balance { get; set; }

    public string? Note { get; set; }

    public long Version { get; set; }
}

public sealed class AccountConfiguration : IDynamoEntityConfiguration<Account>
{
    public void Configure(DynamoEntityBuilder<Account> builder)
    {
        builder.ToTable("Accounts");
        builder.HasPartitionKey(a => a.Id);
        builder.HasVersion(a => a.Version);
        builder.Property(a => a.Balance).HasAttributeName("balance");
    }
}

public sealed class Transfer
{
    public string AccountId { get; set; } = "";

    public string TransferId { get; set; } = "";

    public decimal Amount { get; set; }

    public string? Memo { get; set; }

    public string? Payload { get; set; }
}

public sealed class TransferConfiguration : IDynamoEntityConfiguration<Transfer>
{
    public void Configure(DynamoEntityBuilder<Transfer> builder)
    {
        builder.ToTable("Transfers");
        builder.HasPartitionKey(t => t.AccountId);
        builder.HasSortKey(t => t.TransferId);
    }
}

public sealed class Tag
{
    public string Name { get; set; } = "";
}

public sealed class TagConfiguration : IDynamoEntityConfiguration<Tag>
{
    public void Configure(DynamoEntityBuilder<Tag> builder)
    {
        builder.ToTable("Tags");
        builder.HasPartitionKey(t => t.Name);
    }
}
