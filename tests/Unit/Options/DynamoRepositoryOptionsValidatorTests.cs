using Dynamo.Repositories.DependencyInjection;
using Dynamo.Repositories.Options;
using Dynamo.Repositories.UnitTests.Tables;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Options;

public sealed class DynamoRepositoryOptionsValidatorTests
{
    private static readonly DynamoRepositoryOptionsValidator Validator = new("DynamoDb:", TestModel.Orders());

    [Fact]
    public void Validate_Succeeds_WhenDefaults()
    {
        var result = Validator.Validate(null, new DynamoRepositoryOptions());

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_Succeeds_WhenEveryOptionIsSetWithinRange()
    {
        var options = new DynamoRepositoryOptions
        {
            ServiceUrl = "https://dynamodb.eu-west-1.amazonaws.com",
            Region = "eu-west-1",
            Timeout = TimeSpan.FromMinutes(5),
            MaxRetryAttempts = 10,
            CommitRetryAttempts = 0,
            RetryBaseDelay = TimeSpan.FromSeconds(10),
            RetryMode = DynamoRetryMode.Adaptive,
            TablePrefix = "dev_1.",
            TableSuffix = "-staging",
            BillingMode = DynamoBillingMode.Provisioned,
            ReadCapacityUnits = 1,
            WriteCapacityUnits = 1,
        };

        var result = Validator.Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NamesKeyAndFix_WhenServiceUrlIsNotAbsoluteHttp()
    {
        var message = Fail(o => o.ServiceUrl = "htp:/x");

        Assert.Equal(
            "DynamoDb:ServiceUrl 'htp:/x' is not an absolute http(s) URI; set it to e.g. http://localhost:8000 or remove it to use the region's endpoint.",
            message);
    }

    [Theory]
    [InlineData("localhost:8000")]
    [InlineData("ftp://localhost:8000")]
    [InlineData("/relative")]
    public void Validate_Fails_WhenServiceUrlHasNoHttpScheme(string url)
    {
        Assert.StartsWith($"DynamoDb:ServiceUrl '{url}' is not an absolute http(s) URI", Fail(o => o.ServiceUrl = url), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-east-1")]
    [InlineData("ap-southeast-2")]
    [InlineData("us-gov-west-1")]
    [InlineData("cn-northwest-1")]
    [InlineData("eusc-de-east-1")]
    public void Validate_Succeeds_WhenRegionIsPlausible(string region)
    {
        Assert.True(Validator.Validate(null, new DynamoRepositoryOptions { Region = region }).Succeeded);
    }

    [Theory]
    [InlineData("Europe")]
    [InlineData("us-east")]
    [InlineData("US-EAST-1")]
    [InlineData("")]
    public void Validate_NamesRegionKey_WhenRegionIsImplausible(string region)
    {
        var message = Fail(o => o.Region = region);

        Assert.Equal(
            $"DynamoDb:Region '{region}' is not an AWS region name; set it to a region system name such as us-east-1 or eu-west-1, or remove it to use the SDK's region chain.",
            message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(301)]
    public void Validate_NamesTimeoutKey_WhenTimeoutOutOfRange(int seconds)
    {
        var message = Fail(o => o.Timeout = TimeSpan.FromSeconds(seconds));

        Assert.StartsWith("DynamoDb:Timeout ", message, StringComparison.Ordinal);
        Assert.EndsWith("is out of range; set it above 00:00:00 and at most 00:05:00, e.g. 00:00:10.", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Validate_NamesMaxRetryAttemptsKey_WhenOutOfRange(int attempts)
    {
        Assert.Equal(
            $"DynamoDb:MaxRetryAttempts {attempts} is out of range; set it between 0 and 10 (default 3).",
            Fail(o => o.MaxRetryAttempts = attempts));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Validate_NamesContinuationTokenKeyWithoutItsValue_WhenItIsNotAnAesKey(string key)
    {
        var message = Fail(o => o.ContinuationTokenKey = key);

        Assert.Equal(
            "DynamoDb:ContinuationTokenKey is not an AES key; set it to the base64 of 32 random bytes (e.g. openssl rand -base64 32), or remove it to use a key per process.",
            message);
        Assert.DoesNotContain(key, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Validate_NamesCommitRetryAttemptsKey_WhenOutOfRange(int attempts)
    {
        Assert.Equal(
            $"DynamoDb:CommitRetryAttempts {attempts} is out of range; set it between 0 and 10 (default 3).",
            Fail(o => o.CommitRetryAttempts = attempts));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public void Validate_NamesRetryBaseDelayKey_WhenOutOfRange(int milliseconds)
    {
        var message = Fail(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(milliseconds));

        Assert.StartsWith("DynamoDb:RetryBaseDelay ", message, StringComparison.Ordinal);
        Assert.EndsWith("set it above 00:00:00 and at most 00:00:10, e.g. 00:00:00.050.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamesRetryModeKey_WhenUndefined()
    {
        Assert.Equal(
            "DynamoDb:RetryMode 42 is not a retry mode; set it to Standard or Adaptive.",
            Fail(o => o.RetryMode = (DynamoRetryMode)42));
    }

    [Fact]
    public void Validate_NamesBillingModeKey_WhenUndefined()
    {
        Assert.Equal(
            "DynamoDb:BillingMode 7 is not a billing mode; set it to PayPerRequest or Provisioned.",
            Fail(o => o.BillingMode = (DynamoBillingMode)7));
    }

    [Fact]
    public void Validate_NamesCapacityKeys_WhenProvisionedWithoutCapacity()
    {
        var result = Validator.Validate(null, new DynamoRepositoryOptions { BillingMode = DynamoBillingMode.Provisioned, ReadCapacityUnits = 0, WriteCapacityUnits = -3 });

        Assert.Equal(
            [
                "DynamoDb:ReadCapacityUnits 0 must be at least 1 with DynamoDb:BillingMode Provisioned; set it to e.g. 5, or use PayPerRequest.",
                "DynamoDb:WriteCapacityUnits -3 must be at least 1 with DynamoDb:BillingMode Provisioned; set it to e.g. 5, or use PayPerRequest.",
            ],
            result.Failures);
    }

    [Fact]
    public void Validate_Succeeds_WhenCapacityIsZeroButBillingIsOnDemand()
    {
        var result = Validator.Validate(null, new DynamoRepositoryOptions { ReadCapacityUnits = 0, WriteCapacityUnits = 0 });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_NamesTablePrefixKeyAndBadCharacters_WhenPrefixHasInvalidCharacters()
    {
        Assert.Equal(
            "DynamoDb:TablePrefix 'dev env/' contains ' ', '/'; table names allow only letters A-Z and a-z, digits, '_', '.' and '-'.",
            Fail(o => o.TablePrefix = "dev env/"));
    }

    [Fact]
    public void Validate_NamesTableSuffixKey_WhenSuffixHasNonAsciiLetters()
    {
        Assert.StartsWith("DynamoDb:TableSuffix '-é' contains 'é';", Fail(o => o.TableSuffix = "-é"), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamesTheTable_WhenPrefixMakesATableNameTooLong()
    {
        var message = Fail(o => o.TablePrefix = new string('p', 250));

        Assert.Contains($"The table name '{new string('p', 250)}Orders'", message, StringComparison.Ordinal);
        Assert.Contains("has 256 characters; DynamoDB needs 3 to 255", message, StringComparison.Ordinal);
        Assert.Contains("DynamoDb:TablePrefix", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamesTheTable_WhenTableNameIsTooShort()
    {
        var model = TestModel.Model(TestModel.Entity<TestModel.Order>("O", TestModel.Property<TestModel.Order>(nameof(TestModel.Order.CustomerId))));
        var result = new DynamoRepositoryOptionsValidator("DynamoDb:", model).Validate(null, new DynamoRepositoryOptions());

        Assert.Equal(
            "The table name 'O' (DynamoDb:TablePrefix + 'O' + DynamoDb:TableSuffix) has 1 characters; DynamoDB needs 3 to 255. Change the prefix or suffix, or the entity's ToTable name.",
            Assert.Single(result.Failures!));
    }

    [Fact]
    public void Validate_UsesOptionsClassPrefix_WhenConfiguredByAction()
    {
        var validator = new DynamoRepositoryOptionsValidator("DynamoRepositoryOptions.", TestModel.Orders());

        var result = validator.Validate(null, new DynamoRepositoryOptions { MaxRetryAttempts = 99 });

        Assert.StartsWith("DynamoRepositoryOptions.MaxRetryAttempts 99 ", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReportsEveryFailure_WhenSeveralOptionsAreWrong()
    {
        var result = Validator.Validate(null, new DynamoRepositoryOptions { ServiceUrl = "x", MaxRetryAttempts = -1, TablePrefix = "a b" });

        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void Validate_NamesKeyAndValues_WhenReturnConsumedCapacityIsUndefined()
    {
        Assert.Equal(
            "DynamoDb:ReturnConsumedCapacity 7 is not a consumed capacity mode; set it to None, Total or Indexes.",
            Fail(o => o.ReturnConsumedCapacity = (DynamoConsumedCapacity)7));
    }

    [Fact]
    public void ReturnConsumedCapacity_IsOff_ByDefault()
    {
        Assert.Equal(DynamoConsumedCapacity.None, new DynamoRepositoryOptions().ReturnConsumedCapacity);
    }

    private static string Fail(Action<DynamoRepositoryOptions> configure)
    {
        var options = new DynamoRepositoryOptions();
        configure(options);
        var result = Validator.Validate(null, options);
        Assert.True(result.Failed);
        return Assert.Single(result.Failures!);
    }
}
