using Ardalis.Specification;

namespace Dynamo.Repositories.Tests.Model;

/// <summary>The entries of one wallet in sort-key order (a Query), optionally descending, above an amount, or limited.</summary>
public sealed class EntriesOfWalletSpec : Specification<LedgerEntry>
{
    public EntriesOfWalletSpec(string walletId, bool descending = false, int take = -1, decimal? above = null)
    {
        if (above is { } minimum)
        {
            Query.Where(e => e.WalletId == walletId && e.Amount > minimum);
        }
        else
        {
            Query.Where(e => e.WalletId == walletId);
        }

        if (descending)
        {
            Query.OrderByDescending(e => e.EntryId);
        }

        if (take >= 0)
        {
            Query.Take(take);
        }
    }
}
