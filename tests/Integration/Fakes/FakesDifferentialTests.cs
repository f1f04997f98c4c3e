using Dynamo.Repositories.IntegrationTests.Infrastructure;
using Xunit;

namespace Dynamo.Repositories.IntegrationTests.Fakes;

/// <summary>
/// The in-memory fakes against DynamoDB Local: the same seeded sequence of staged writes, commits, discards and reads
/// runs on both, step by step, and every outcome (results, exception types and messages, versions, read results,
/// pages) must be identical.
/// </summary>
public sealed class FakesDifferentialTests(DynamoDbLocalFixture fixture)
{
    private const int Steps = 400;

    [Theory]
    [InlineData(20261130)]
    [InlineData(42)]
    public async Task SameSequence_GivesSameOutcomes_OnFakesAndDynamoDbLocal(int seed)
    {
        var prefix = fixture.NewTablePrefix(nameof(FakesDifferentialTests));
        using var local = DifferentialSide.Local(fixture, prefix);
        using var fake = DifferentialSide.Fake(prefix);
        var operations = new DifferentialOperations(seed);
        var divergences = new List<string>();

        for (var i = 0; i < Steps; i++)
        {
            var step = i == 0 ? operations.Seed() : operations.Next();
            var expected = await step.Run(local);
            var actual = await step.Run(fake);
            if (expected != actual)
            {
                divergences.Add($"step {i}: {step.Description}\n  DynamoDB Local: {expected}\n  fakes:          {actual}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"seed {seed}: {Steps} steps, {divergences.Count} divergences");
        Assert.True(divergences.Count == 0, $"{divergences.Count} divergences (seed {seed}):\n" + string.Join('\n', divergences.Take(15)));
    }
}
