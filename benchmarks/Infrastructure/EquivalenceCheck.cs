using System.Text;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// Runs each contender's operation once, outside measurement, and throws unless every contender decoded equal
/// entities and sent equivalent requests (<see cref="RequestShape"/>): no contender may win by doing less.
/// The first contender recorded is the reference (the Baseline).
/// </summary>
public sealed class EquivalenceCheck(string category, CannedDynamoDbHandler? handler = null)
{
    private readonly List<(string Contender, List<string> Requests, IReadOnlyList<BenchOrder> Orders)> _records = [];

    /// <summary>Runs an operation with request capture on and records what it sent and what it decoded.</summary>
    public async Task RunAsync(string contender, Func<Task<IReadOnlyList<BenchOrder>>> operation)
    {
        ArgumentNullException.ThrowIfNull(handler);
        handler.TakeCaptured();
        handler.Capturing = true;
        IReadOnlyList<BenchOrder> orders;
        try
        {
            orders = await operation().ConfigureAwait(false);
        }
        finally
        {
            handler.Capturing = false;
        }

        Record(contender, [.. handler.TakeCaptured().Select(RequestShape.Describe)], orders);
    }

    /// <summary>
    /// Runs our library's operation like <see cref="RunAsync"/>, but while a part of the library is still a
    /// placeholder (NotSupportedException) reports it and leaves it out of the check; its benchmark then fails visibly.
    /// </summary>
    public async Task RunOursAsync(string contender, Func<Task<IReadOnlyList<BenchOrder>>> operation)
    {
        try
        {
            await RunAsync(contender, operation).ConfigureAwait(false);
        }
        catch (NotSupportedException exception)
        {
            handler?.TakeCaptured();
            Console.WriteLine($"// [{category}] {contender} left out of the check, not implemented yet: {exception.Message}");
        }
    }

    /// <summary>Runs a write with request capture on and records what it sent.</summary>
    public Task RunWriteAsync(string contender, Func<Task> operation) =>
        RunAsync(contender, async () =>
        {
            await operation().ConfigureAwait(false);
            return [];
        });

    /// <summary>Records what a contender produced without I/O (mapping benchmarks).</summary>
    public void Record(string contender, List<string> requests, IReadOnlyList<BenchOrder> orders) =>
        _records.Add((contender, requests, orders));

    /// <summary>Throws when a contender differs from the reference; also checks the decoded orders against the expected ones.</summary>
    public void Verify(IReadOnlyList<BenchOrder>? expected = null)
    {
        var problems = new StringBuilder();
        var (referenceName, referenceRequests, referenceOrders) = _records[0];
        expected ??= referenceOrders;
        foreach (var (contender, requests, orders) in _records)
        {
            if (requests.Count != referenceRequests.Count)
            {
                problems.AppendLine($"{contender} sent {requests.Count} request(s), {referenceName} sent {referenceRequests.Count}.");
            }

            for (var i = 0; i < Math.Min(requests.Count, referenceRequests.Count); i++)
            {
                if (requests[i] != referenceRequests[i])
                {
                    problems.AppendLine($"{contender} request {i} differs from {referenceName}'s:\n  {requests[i]}\n  vs\n  {referenceRequests[i]}");
                }
            }

            if (orders.Count != expected.Count)
            {
                problems.AppendLine($"{contender} decoded {orders.Count} entities, expected {expected.Count}.");
                continue;
            }

            for (var i = 0; i < orders.Count; i++)
            {
                var differences = OrderComparer.Differences(expected[i], orders[i]);
                if (differences.Count > 0)
                {
                    problems.AppendLine($"{contender} entity {i} ({orders[i].OrderId}) differs in: {string.Join(", ", differences)}");
                    break;
                }
            }
        }

        if (problems.Length > 0)
        {
            throw new InvalidOperationException($"[{category}] the contenders do not do the same work:\n{problems}");
        }

        Console.WriteLine($"// [{category}] equivalence check passed: {_records.Count} contenders, {referenceRequests.Count} request(s) each, {expected.Count} entities.");
    }
}
