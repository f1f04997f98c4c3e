using Dynamo.Repositories.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Options;

public sealed class DynamoRepositoryOptionsBindingTests
{
    [Fact]
    public void AddDynamoRepositories_BindsEveryKey_WhenSectionSetsThemAll()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DynamoDb:ServiceUrl"] = "http://localhost:8000",
                ["DynamoDb:Region"] = "eu-west-1",
                ["DynamoDb:Timeout"] = "00:00:30",
                ["DynamoDb:MaxRetryAttempts"] = "5",
                ["DynamoDb:RetryMode"] = "Adaptive",
                ["DynamoDb:TablePrefix"] = "dev-",
                ["DynamoDb:TableSuffix"] = "-v2",
                ["DynamoDb:BillingMode"] = "Provisioned",
                ["DynamoDb:ReadCapacityUnits"] = "7",
                ["DynamoDb:WriteCapacityUnits"] = "9",
                ["DynamoDb:ConsistentReads"] = "true",
                ["DynamoDb:AllowScans"] = "true",
                ["DynamoDb:AllowSkip"] = "true",
                ["DynamoDb:CreateTablesOnStartup"] = "true",
                ["DynamoDb:CommitRetryAttempts"] = "2",
                ["DynamoDb:RetryBaseDelay"] = "00:00:00.200",
            })
            .Build();
        using var provider = new ServiceCollection()
            .AddDynamoRepositories(configuration.GetSection("DynamoDb"))
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value;

        Assert.Equal("http://localhost:8000", options.ServiceUrl);
        Assert.Equal("eu-west-1", options.Region);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(5, options.MaxRetryAttempts);
        Assert.Equal(DynamoRetryMode.Adaptive, options.RetryMode);
        Assert.Equal("dev-", options.TablePrefix);
        Assert.Equal("-v2", options.TableSuffix);
        Assert.Equal(DynamoBillingMode.Provisioned, options.BillingMode);
        Assert.Equal(7, options.ReadCapacityUnits);
        Assert.Equal(9, options.WriteCapacityUnits);
        Assert.True(options.ConsistentReads);
        Assert.True(options.AllowScans);
        Assert.True(options.AllowSkip);
        Assert.True(options.CreateTablesOnStartup);
        Assert.Equal(2, options.CommitRetryAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(200), options.RetryBaseDelay);
    }

    [Fact]
    public void AddDynamoRepositories_KeepsDefaults_WhenSectionIsEmpty()
    {
        var configuration = new ConfigurationBuilder().Build();
        using var provider = new ServiceCollection().AddDynamoRepositories(configuration.GetSection("DynamoDb")).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value;

        Assert.Null(options.ServiceUrl);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.Equal(3, options.MaxRetryAttempts);
        Assert.Equal(DynamoBillingMode.PayPerRequest, options.BillingMode);
        Assert.Equal(string.Empty, options.TablePrefix);
    }

    [Fact]
    public void AddDynamoRepositories_NamesSectionPathInMessage_WhenBoundValueIsInvalid()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Aws:DynamoDb:MaxRetryAttempts"] = "12" })
            .Build();
        using var provider = new ServiceCollection().AddDynamoRepositories(configuration.GetSection("Aws:DynamoDb")).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value);

        Assert.Equal("Aws:DynamoDb:MaxRetryAttempts 12 is out of range; set it between 0 and 10 (default 3).", Assert.Single(exception.Failures));
    }

    [Fact]
    public void AddDynamoRepositories_RejectsUnknownKey_WhenSectionHasATypo()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DynamoDb:TablePrefx"] = "dev-" })
            .Build();
        using var provider = new ServiceCollection().AddDynamoRepositories(configuration.GetSection("DynamoDb")).BuildServiceProvider();

        var exception = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value);

        Assert.Contains("TablePrefx", exception.Message, StringComparison.Ordinal);
    }
}
