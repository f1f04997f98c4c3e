using Ardalis.Specification;

namespace Dynamo.Repositories.IntegrationTests.Query;

/// <summary>A specification written for EF Core: Where on the key, OrderBy the sort key, Take. Nothing DynamoDB-specific.</summary>
public sealed class LatestPurchasesSpec : Specification<Purchase>
{
    public LatestPurchasesSpec(string customerId, int count)
    {
        Query.Where(p => p.CustomerId == customerId)
            .OrderByDescending(p => p.PurchaseId)
            .Take(count);
    }
}
