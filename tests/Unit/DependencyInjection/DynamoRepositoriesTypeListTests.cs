using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

/// <summary>Registration from configuration with an explicit list of types instead of whole assemblies.</summary>
public sealed class DynamoRepositoriesTypeListTests
{
    private static readonly ServiceProviderOptions Strict = new() { ValidateOnBuild = true, ValidateScopes = true };

    [Fact]
    public void AddDynamoRepositories_WithASectionAndTypes_BindsTheSection_AndMapsOnlyTheListedTypes()
    {
        var section = Configuration(("Aws:DynamoDb:TablePrefix", "dev-")).GetSection("Aws:DynamoDb");

        using var provider = new ServiceCollection().AddDynamoRepositories(section, [typeof(WidgetConfiguration)]).BuildServiceProvider(Strict);

        Assert.Equal("dev-", provider.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value.TablePrefix);
        Assert.Equal([typeof(Widget)], provider.GetRequiredService<EntityModel>().Entities.Select(e => e.ClrType));
    }

    [Theory]
    [InlineData("Aws:DynamoDb", "Aws:DynamoDb:MaxRetryAttempts 12 is out of range")]
    [InlineData("", "MaxRetryAttempts 12 is out of range")]
    public void AddDynamoRepositories_WithTypes_NamesTheKeyAsTheConfigurationDoes(string path, string message)
    {
        var root = Configuration((path.Length == 0 ? "MaxRetryAttempts" : path + ":MaxRetryAttempts", "12"));
        IConfiguration configuration = path.Length == 0 ? root : root.GetSection(path);
        using var provider = new ServiceCollection().AddDynamoRepositories(configuration, RegistrationTestTypes.Valid).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DynamoRepositoryOptions>>().Value);

        Assert.StartsWith(message, Assert.Single(exception.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddDynamoRepositories_WithTypes_RefusesNullArguments_AndANullType()
    {
        var services = new ServiceCollection();
        var configuration = Configuration();

        Assert.Throws<ArgumentNullException>("services", () => ((IServiceCollection)null!).AddDynamoRepositories(configuration, RegistrationTestTypes.Valid));
        Assert.Throws<ArgumentNullException>("configuration", () => services.AddDynamoRepositories((IConfiguration)null!, RegistrationTestTypes.Valid));
        Assert.Throws<ArgumentNullException>("types", () => services.AddDynamoRepositories(configuration, (IEnumerable<Type>)null!));
        var error = Assert.Throws<ArgumentException>("types", () => services.AddDynamoRepositories(configuration, [typeof(WidgetConfiguration), null!]));
        Assert.StartsWith("The types must not contain null; pass e.g. typeof(OrderConfiguration).", error.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    private static IConfigurationRoot Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
