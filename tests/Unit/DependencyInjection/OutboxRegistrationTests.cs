using Dynamo.Repositories.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

/// <summary>The outbox registrations: their order, and the relay options checked at start-up.</summary>
public sealed class OutboxRegistrationTests
{
    [Fact]
    public void AddDynamoOutbox_Throws_BeforeAddDynamoRepositories()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDynamoOutbox());

        Assert.Equal("Call AddDynamoRepositories before AddDynamoOutbox: the outbox table joins the model it builds.", error.Message);
    }

    [Fact]
    public void AddDynamoOutboxRelay_AppliesTheConfiguredOptions_AndRefusesABatchSizeOfZero()
    {
        using var valid = Services(o => o.BatchSize = 25).BuildServiceProvider();
        using var invalid = Services(o => o.BatchSize = 0).BuildServiceProvider();

        Assert.Equal(25, valid.GetRequiredService<IOptions<DynamoOutboxRelayOptions>>().Value.BatchSize);
        var error = Assert.Throws<OptionsValidationException>(() => invalid.GetRequiredService<IOptions<DynamoOutboxRelayOptions>>().Value);
        Assert.Equal("DynamoOutboxRelayOptions.BatchSize must be between 1 and 1000.", Assert.Single(error.Failures));
    }

    private static IServiceCollection Services(Action<DynamoOutboxRelayOptions> configure) =>
        new ServiceCollection()
            .AddDynamoRepositoriesFromTypes(o => o.ServiceUrl = "http://localhost:8000", RegistrationTestTypes.Valid)
            .AddDynamoOutboxRelay(configure, hosted: false);
}
