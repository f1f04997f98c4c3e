using Amazon.DynamoDBv2;
using Dynamo.Repositories.Benchmarks.Model;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamo.Repositories.Benchmarks.Contenders;

/// <summary>
/// Our library, registered as an application registers it (AddDynamoRepositories over the benchmark assembly, with
/// the host's client). One scope is reused for every operation, as the other contenders reuse their client and
/// context; a commit clears the scope's unit of work, so every operation starts from the same state.
/// </summary>
public sealed class OursContender : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IServiceScope _scope;

    /// <summary>Initializes a new instance of the <see cref="OursContender"/> class.</summary>
    /// <param name="client">The host's client, shared with the other contenders.</param>
    /// <param name="tablePrefix">The table prefix.</param>
    /// <param name="useWirePath">
    /// True (the default, as for an application) to send on the library's direct wire path; false for the SDK path
    /// (<c>UseWirePath = false</c>), the contender <c>OursSdk</c>.
    /// </param>
    public OursContender(IAmazonDynamoDB client, string tablePrefix = "", bool useWirePath = true)
    {
        var services = new ServiceCollection();
        services.AddSingleton(client);
        services.AddDynamoRepositories(
            options =>
            {
                options.TablePrefix = tablePrefix;
                options.UseWirePath = useWirePath;
            },
            typeof(BenchOrderConfiguration).Assembly);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _scope = _provider.CreateScope();
        Repository = _scope.ServiceProvider.GetRequiredService<IDynamoRepository<BenchOrder>>();
        UnitOfWork = _scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
    }

    public IDynamoRepository<BenchOrder> Repository { get; }

    public IUnitOfWork UnitOfWork { get; }

    public Task<BenchOrder?> GetAsync(string customerId, string orderId, CancellationToken cancellationToken = default) =>
        Repository.GetAsync(customerId, orderId, cancellationToken);

    public Task<BenchOrder> AddAsync(BenchOrder order, CancellationToken cancellationToken = default) =>
        Repository.AddAsync(order, cancellationToken);

    public Task<List<BenchOrder>> QueryAsync(string customerId, CancellationToken cancellationToken = default) =>
        Repository.ListAsync(new OrdersOfCustomer(customerId), cancellationToken);

    public IAsyncEnumerable<BenchOrder> StreamAsync(string customerId) =>
        Repository.AsAsyncEnumerable(new OrdersOfCustomer(customerId));

    /// <summary>Stages every order in the scope's unit of work, then commits them in one transaction.</summary>
    public Task<int> TransactAddAsync(IReadOnlyList<BenchOrder> orders, CancellationToken cancellationToken = default)
    {
        foreach (var order in orders)
        {
            Repository.Add(order);
        }

        return UnitOfWork.SaveChangesAsync(cancellationToken);
    }

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }
}
