using Dynamo.Repositories.Mapping;

namespace Dynamo.Repositories.Tests.Model;

public sealed class CurrencyConfiguration : IDynamoEntityConfiguration<Currency>
{
    public void Configure(DynamoEntityBuilder<Currency> builder)
    {
        builder.ToTable("Currencies");
        builder.HasPartitionKey(c => c.Code);
    }
}
