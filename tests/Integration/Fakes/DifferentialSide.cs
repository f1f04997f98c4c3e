using System.Text.Json;
using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.Testing.Fakes;
using Dynamo.Repositories.Tests.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamo.Repositories.IntegrationTests.Fakes;

/// <summary>
/// One side of a differential run: the repositories and unit of work of one scope (DynamoDB Local through DI, or the
/// in-memory fakes), and the entity instances that side has loaded or staged, keyed as the run names them.
/// </summary>
public sealed class DifferentialSide : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly IDisposable? _lifetime;

    private DifferentialSide(string name, IDynamoRepository<Wallet> wallets, IDynamoRepository<LedgerEntry> entries, IUnitOfWork unitOfWork, IDisposable? lifetime)
    {
        Name = name;
        Wallets = wallets;
        Entries = entries;
        UnitOfWork = unitOfWork;
        _lifetime = lifetime;
    }

    public string Name { get; }

    public IDynamoRepository<Wallet> Wallets { get; }

    public IDynamoRepository<LedgerEntry> Entries { get; }

    public IUnitOfWork UnitOfWork { get; }

    public Dictionary<string, Wallet> LoadedWallets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, LedgerEntry> LoadedEntries { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the continuation token of the page walk in progress, if any.</summary>
    public string? PageToken { get; set; }

    /// <summary>The production side: DI over DynamoDB Local, one scope for the whole run.</summary>
    public static DifferentialSide Local(DynamoDbLocalFixture fixture, string prefix)
    {
        var provider = TestServices.BuildFor(fixture, prefix, Configure(prefix), typeof(WalletConfiguration), typeof(LedgerEntryConfiguration));
        var scope = provider.CreateScope();
        var services = scope.ServiceProvider;
        return new DifferentialSide(
            "local",
            services.GetRequiredService<IDynamoRepository<Wallet>>(),
            services.GetRequiredService<IDynamoRepository<LedgerEntry>>(),
            services.GetRequiredService<IUnitOfWork>(),
            new Lifetimes(scope, provider));
    }

    /// <summary>The fake side: an in-memory store with the same options and configurations.</summary>
    public static DifferentialSide Fake(string prefix)
    {
        var options = new DynamoRepositoryOptions();
        Configure(prefix)(options);
        var store = new InMemoryDynamoStore(options, new WalletConfiguration(), new LedgerEntryConfiguration());
        return new DifferentialSide("fake", store.Repository<Wallet>(), store.Repository<LedgerEntry>(), store.UnitOfWork, null);
    }

    /// <summary>Writes an entity (or a list) as canonical JSON, for comparison.</summary>
    public static string Text(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), Json);

    /// <summary>Describes the versions of the wallets this side holds, e.g. <c>w1=2 w4=0</c>.</summary>
    public string Versions() =>
        string.Join(' ', LoadedWallets.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key}={w.Value.Version}"));

    public void Dispose() => _lifetime?.Dispose();

    private static Action<DynamoRepositoryOptions> Configure(string prefix) => options =>
    {
        options.TablePrefix = prefix;
        options.AllowScans = true;
        options.ConsistentReads = true;
        options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
    };

    private sealed class Lifetimes(IDisposable scope, IDisposable provider) : IDisposable
    {
        public void Dispose()
        {
            scope.Dispose();
            provider.Dispose();
        }
    }
}
