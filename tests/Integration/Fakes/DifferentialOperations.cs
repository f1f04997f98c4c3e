using System.Globalization;
using Bogus;
using Dynamo.Repositories.Tests.Model;

namespace Dynamo.Repositories.IntegrationTests.Fakes;

/// <summary>
/// Draws the steps of a differential run from a seeded randomizer: staged writes of versioned wallets and unversioned
/// ledger entries (Add, Update, Upsert, Delete, condition checks), commits, discards, key reads, queries, index queries,
/// scans, counts and page walks that continue across other steps (so writes and deletes happen between pages).
/// Parameters come from small pools of keys so that conflicts, missing items and folding happen often.
/// </summary>
public sealed class DifferentialOperations(int seed)
{
    private static readonly string[] Categories = ["food", "rent", "fun"];

    private readonly Randomizer _random = new(seed);
    private (string WalletId, bool Descending, int PageSize)? _walk;

    /// <summary>The first step: ledger entries written with the bulk path, so queries and page walks have items to read.</summary>
    public DifferentialStep Seed()
    {
        var entries = Enumerable.Range(0, 3)
            .SelectMany(w => Enumerable.Range(0, 12).Select(e => (Wallet: w, Entry: e)))
            .Where(_ => _random.Bool(0.7f))
            .Select(k => (Key: $"w{k.Wallet}/e{k.Entry:D2}", Amount: _random.Number(1, 40), Category: _random.ArrayElement(Categories)))
            .ToList();
        return new($"BulkPutNonAtomicAsync {entries.Count} entries", side => Read(async () =>
        {
            var written = await side.Entries.BulkPutNonAtomicAsync(
                entries.Select(e => new LedgerEntry { WalletId = e.Key[..2], EntryId = e.Key[3..], Amount = e.Amount, Category = e.Category, Note = "seed" }),
                Ct);
            return written.ToString(CultureInfo.InvariantCulture);
        }));
    }

    /// <summary>Draws the next step.</summary>
    public DifferentialStep Next()
    {
        var roll = _random.Number(0, 99);
        return roll switch
        {
            < 8 => AddWallet(),
            < 14 => UpdateWallet(),
            < 17 => UpsertWallet(),
            < 20 => DeleteWallet(),
            < 28 => LoadWallet(),
            < 38 => StageEntry(),
            < 41 => CheckEntry(),
            < 55 => Commit(),
            < 58 => Discard(),
            < 66 => ListEntries(),
            < 70 => ByCategory(),
            < 73 => ScanWallets(),
            < 76 => CountEntries(),
            _ => PageStep(),
        };
    }

    private string WalletId() => "w" + _random.Number(0, 5).ToString(CultureInfo.InvariantCulture);

    private string EntryKey() => $"w{_random.Number(0, 2)}/e{_random.Number(0, 11):D2}";

    private DifferentialStep AddWallet()
    {
        var id = WalletId();
        var seed = _random.Number(1, 1_000_000);
        return new($"Add wallet {id} (data {seed})", side => Stage(side, () =>
        {
            var wallet = NewWallet(id, seed);
            side.Wallets.Add(wallet);
            side.LoadedWallets[id] = wallet;
        }));
    }

    private DifferentialStep UpdateWallet()
    {
        var id = WalletId();
        var delta = _random.Number(-50, 50);
        var label = _random.Word();
        return new($"Update wallet {id} (balance {delta:+#;-#;0}, label {label})", side => Stage(side, () =>
        {
            if (!side.LoadedWallets.TryGetValue(id, out var wallet))
            {
                return;
            }

            wallet.Balance += delta;
            wallet.Labels.Add(label);
            wallet.Address = delta % 2 == 0 ? null : new WalletAddress { Street = label, City = delta > 0 ? "Lyon" : null };
            side.Wallets.Update(wallet);
        }));
    }

    private DifferentialStep UpsertWallet()
    {
        var id = WalletId();
        var seed = _random.Number(1, 1_000_000);
        return new($"Upsert wallet {id} (data {seed})", side => Stage(side, () =>
        {
            if (!side.LoadedWallets.TryGetValue(id, out var wallet))
            {
                wallet = NewWallet(id, seed);
                side.LoadedWallets[id] = wallet;
            }

            wallet.Transfers++;
            side.Wallets.Upsert(wallet);
        }));
    }

    private DifferentialStep DeleteWallet()
    {
        var id = WalletId();
        return new($"Delete wallet {id}", side => Stage(side, () =>
        {
            if (side.LoadedWallets.TryGetValue(id, out var wallet))
            {
                side.Wallets.Delete(wallet);
            }
        }));
    }

    private DifferentialStep LoadWallet()
    {
        var id = WalletId();
        return new($"GetAsync wallet {id}", async side =>
        {
            var wallet = await side.Wallets.GetAsync(id, Ct);
            if (wallet is null)
            {
                side.LoadedWallets.Remove(id);
            }
            else
            {
                side.LoadedWallets[id] = wallet;
            }

            return DifferentialSide.Text(wallet);
        });
    }

    private DifferentialStep StageEntry()
    {
        var key = EntryKey();
        var kind = _random.ArrayElement(new[] { "Add", "Update", "Upsert", "Delete" });
        var amount = _random.Number(1, 40);
        var category = _random.ArrayElement(Categories);
        return new($"{kind} entry {key} (amount {amount}, {category})", side => Stage(side, () =>
        {
            // A new instance each time, as a handler that builds the entity from a command would.
            var parts = key.Split('/');
            var entry = new LedgerEntry { WalletId = parts[0], EntryId = parts[1], Amount = amount, Category = category, Note = kind };
            switch (kind)
            {
                case "Add":
                    side.Entries.Add(entry);
                    break;
                case "Update":
                    side.Entries.Update(entry);
                    break;
                case "Upsert":
                    side.Entries.Upsert(entry);
                    break;
                default:
                    side.Entries.Delete(entry);
                    break;
            }
        }));
    }

    private DifferentialStep CheckEntry()
    {
        var key = EntryKey();
        var threshold = _random.Number(1, 40);
        return new($"Check entry {key} has amount > {threshold}", side => Stage(side, () =>
        {
            var parts = key.Split('/');
            side.Entries.Check(new EntityKey(parts[0], parts[1]), e => e.Amount > threshold);
        }));
    }

    private DifferentialStep Commit()
    {
        var discardOnFailure = _random.Bool(0.6f);
        return new($"SaveChangesAsync (discard on failure: {discardOnFailure})", async side =>
        {
            try
            {
                var written = await side.UnitOfWork.SaveChangesAsync(Ct);
                return $"ok {written}; versions {side.Versions()}";
            }
            catch (Exception exception)
            {
                var pending = side.UnitOfWork.PendingCount;
                if (discardOnFailure)
                {
                    side.UnitOfWork.DiscardChanges();
                }

                return $"{Describe(exception)}; pending {pending}; versions {side.Versions()}";
            }
        });
    }

    private DifferentialStep Discard() => new("DiscardChanges", side =>
    {
        side.UnitOfWork.DiscardChanges();
        return Task.FromResult("discarded");
    });

    private DifferentialStep ListEntries()
    {
        var wallet = "w" + _random.Number(0, 2).ToString(CultureInfo.InvariantCulture);
        var descending = _random.Bool();
        var take = _random.Bool(0.3f) ? _random.Number(1, 5) : -1;
        decimal? above = _random.Bool(0.4f) ? _random.Number(1, 40) : null;
        return new($"ListAsync entries of {wallet} (descending {descending}, take {take}, above {above})", side => Read(async () =>
            DifferentialSide.Text(await side.Entries.ListAsync(new EntriesOfWalletSpec(wallet, descending, take, above), Ct))));
    }

    private DifferentialStep ByCategory()
    {
        var category = _random.ArrayElement(Categories);

        // Items with equal amounts have no documented order in an index: the amounts' order and the set of keys are compared.
        return new($"ListAsync entries by category {category}", side => Read(async () =>
        {
            var found = await side.Entries.ListAsync(new EntriesByCategorySpec(category), Ct);
            return $"amounts {string.Join(',', found.Select(e => e.Amount))}; keys {string.Join(',', found.Select(e => e.WalletId + "/" + e.EntryId).Order(StringComparer.Ordinal))}";
        }));
    }

    private DifferentialStep ScanWallets() => new("ListAsync all wallets (scan, compared in key order)", side => Read(async () =>
        DifferentialSide.Text((await side.Wallets.ListAsync(new ScanAllSpec<Wallet>(), Ct)).OrderBy(w => w.Id, StringComparer.Ordinal).ToList())));

    private DifferentialStep CountEntries()
    {
        var wallet = "w" + _random.Number(0, 2).ToString(CultureInfo.InvariantCulture);
        var above = _random.Number(1, 40);
        return new($"CountAsync entries of {wallet} above {above}", side => Read(async () =>
            (await side.Entries.CountAsync(new EntriesOfWalletSpec(wallet, above: above), Ct)).ToString(CultureInfo.InvariantCulture)));
    }

    private DifferentialStep PageStep()
    {
        if (_walk is null)
        {
            _walk = ("w" + _random.Number(0, 2).ToString(CultureInfo.InvariantCulture), _random.Bool(), _random.Number(1, 4));
        }

        var walk = _walk.Value;
        var step = new DifferentialStep($"PageAsync entries of {walk.WalletId} (descending {walk.Descending}, size {walk.PageSize})", side => Read(async () =>
        {
            var page = await side.Entries.PageAsync(new EntriesOfWalletSpec(walk.WalletId, walk.Descending), walk.PageSize, side.PageToken, Ct);
            side.PageToken = page.ContinuationToken;
            return $"{string.Join(',', page.Items.Select(e => e.EntryId))}; more {page.HasMore}";
        }));
        return step with
        {
            Run = async side =>
            {
                var result = await step.Run(side);
                if (side.PageToken is null && side.Name == "fake")
                {
                    _walk = null; // the walk ends when the fake (run last) says so; a disagreement is reported as a divergence
                }

                return result;
            },
        };
    }

    private static Task<string> Stage(DifferentialSide side, Action stage)
    {
        try
        {
            stage();
            return Task.FromResult($"staged; pending {side.UnitOfWork.PendingCount}");
        }
        catch (Exception exception)
        {
            return Task.FromResult(Describe(exception));
        }
    }

    private static async Task<string> Read(Func<Task<string>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception exception)
        {
            return Describe(exception);
        }
    }

    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";

    private static Wallet NewWallet(string id, int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        return new Wallet
        {
            Id = id,
            Owner = faker.Name.FirstName(),
            Balance = Math.Round(faker.Random.Decimal(0, 1000), 2),
            Score = Math.Round(faker.Random.Double(0, 10), 3),
            Active = faker.Random.Bool(),
            ExternalId = faker.Random.Guid(),
            OpenedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(faker.Random.Number(0, 100_000)),
            Tier = faker.PickRandom<WalletTier>(),
            Secret = faker.Random.Bool() ? faker.Random.Bytes(4) : null,
            Tags = [faker.Commerce.Department()],
            Limits = new() { ["daily"] = faker.Random.Number(1, 99) },
        };
    }

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;
}
