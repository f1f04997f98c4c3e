using System.Diagnostics;
using System.Globalization;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.EndToEnd;

/// <summary>
/// The end-to-end mode: the same operations against a real DynamoDB Local, timed with a plain Stopwatch loop.
/// The emulator's latency dominates, so the point is the number of requests each operation sends (a regression
/// such as an extra round trip shows at once) and a rough requests/second.
/// Options: <c>--iterations N</c> (default 100; the unit-of-work and stream operations run N/10), <c>--endpoint URL</c>
/// (or DYNAMODB_ENDPOINT) to use a running DynamoDB instead of starting DynamoDB Local.
/// </summary>
public static class EndToEndRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var iterations = Math.Max(10, int.Parse(Option(args, "--iterations") ?? "100", CultureInfo.InvariantCulture));
        await using var endpoint = await E2eEndpoint.StartAsync(Option(args, "--endpoint"));
        using var counter = new CountingHandler();
        using var client = BenchClients.Create(endpoint.ServiceUrl, counter);
        var prefix = "bench-e2e-" + Guid.NewGuid().ToString("N")[..8] + "-";
        var tableName = prefix + BenchOrderConfiguration.TableName;
        var data = new CannedResponses();
        Console.WriteLine($"// End-to-end against {endpoint.ServiceUrl}, table {tableName}, {iterations} iterations.");
        await E2eTable.CreateAndSeedAsync(client, tableName, data);
        try
        {
            await using var scenarios = new E2eScenarios(client, prefix, iterations);
            var rows = new List<string>
            {
                "| operation | contender | operations | ops/s | requests/op | requests/s | entities/op | mean |",
                "|---|---|---:|---:|---:|---:|---:|---:|",
            };
            var failed = false;
            foreach (var operation in scenarios.Operations())
            {
                var (row, rowFailed) = await MeasureAsync(operation, counter);
                Console.WriteLine(row);
                rows.Add(row);
                failed |= rowFailed;
            }

            Console.WriteLine();
            Console.WriteLine(string.Join(Environment.NewLine, rows));
            return failed ? 1 : 0;
        }
        finally
        {
            await E2eTable.DeleteAsync(client, tableName);
        }
    }

    private static async Task<(string Row, bool Failed)> MeasureAsync(E2eOperation operation, CountingHandler counter)
    {
        try
        {
            return (await MeasureCoreAsync(operation, counter), false);
        }
        catch (NotSupportedException)
        {
            return ($"| {operation.Operation} | {operation.Contender} | not implemented yet | | | | | |", false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var message = exception.Message.ReplaceLineEndings(" ");
            return ($"| {operation.Operation} | {operation.Contender} | FAILED: {exception.GetType().Name}: {message} | | | | | |", true);
        }
    }

    private static async Task<string> MeasureCoreAsync(E2eOperation operation, CountingHandler counter)
    {
        // Warm-up outside the measurement: first-call costs (metadata caches, connections, JIT).
        var warmups = Math.Clamp(operation.Iterations / 10, 1, 3);
        for (var i = 0; i < warmups; i++)
        {
            await operation.Run(i);
        }

        var requestsBefore = counter.Count;
        long entities = 0;
        var measured = operation.Iterations - warmups;
        var stopwatch = Stopwatch.StartNew();
        for (var i = warmups; i < operation.Iterations; i++)
        {
            entities += await operation.Run(i);
        }

        stopwatch.Stop();
        var requests = counter.Count - requestsBefore;
        var seconds = Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {operation.Operation} | {operation.Contender} | {measured} | {measured / seconds:0.0} | {(double)requests / measured:0.00} | {requests / seconds:0.0} | {(double)entities / measured:0.#} | {stopwatch.Elapsed.TotalMilliseconds / measured:0.00} ms |");
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
