using Ardalis.Specification;

namespace Dynamo.Repositories.Tests.Model;

/// <summary>The entries of a category, largest amount first (a Query on the ByCategory index).</summary>
public sealed class EntriesByCategorySpec : Specification<LedgerEntry>
{
    public EntriesByCategorySpec(string category) => Query.Where(e => e.Category == category).OrderByDescending(e => e.Amount);
}
