using System.Text;
using Amazon.DynamoDBv2;
using Dynamo.Repositories.Testing;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Infrastructure;

/// <summary>
/// One DynamoDB Local for the whole test run (an xunit assembly fixture), or the endpoint named by
/// <c>DYNAMODB_ENDPOINT</c>. Test classes take it in their constructor and isolate their tables with
/// <see cref="NewTablePrefix"/>, since every client sees the same shared database.
/// </summary>
public sealed class DynamoDbLocalFixture : IAsyncLifetime
{
    private const int MaxOwnerLength = 24;

    private DynamoDbLocal? _dynamo;
    private IAmazonDynamoDB? _client;

    /// <summary>Gets the endpoint of the running DynamoDB Local.</summary>
    public string ServiceUrl => Dynamo.ServiceUrl;

    /// <summary>Gets a client for <see cref="ServiceUrl"/>, shared by every test; do not dispose it.</summary>
    public IAmazonDynamoDB Client => _client ?? throw new InvalidOperationException("The fixture has not been initialized.");

    /// <summary>Gets the running instance.</summary>
    public DynamoDbLocal Dynamo => _dynamo ?? throw new InvalidOperationException("The fixture has not been initialized.");

    /// <summary>
    /// Returns a table-name prefix that no other caller gets, e.g. <c>ordertests-3f2a9c1e-</c>: the owner's name
    /// lower-cased and reduced to letters, digits and dashes, then a random part.
    /// </summary>
    /// <param name="owner">The test class (or any label) that will own the tables.</param>
    public string NewTablePrefix(string owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var label = new StringBuilder(MaxOwnerLength);
        foreach (var c in owner.ToLowerInvariant())
        {
            if (label.Length == MaxOwnerLength)
            {
                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                label.Append(c);
            }
            else if (label.Length > 0 && label[^1] != '-')
            {
                label.Append('-');
            }
        }

        var name = label.ToString().Trim('-');
        return $"{(name.Length == 0 ? "t" : name)}-{Guid.NewGuid().ToString("N")[..8]}-";
    }

    public async ValueTask InitializeAsync()
    {
        // Generous: the JVM starts slowly when the machine is busy building and testing in parallel.
        var options = new DynamoDbLocalOptions { StartTimeout = TimeSpan.FromSeconds(120) };
        _dynamo = await DynamoDbLocal.StartAsync(options, TestContext.Current.CancellationToken);
        _client = _dynamo.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_dynamo is not null)
        {
            await _dynamo.DisposeAsync();
        }
    }
}
