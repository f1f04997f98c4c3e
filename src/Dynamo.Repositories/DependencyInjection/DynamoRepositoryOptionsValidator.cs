using System.Globalization;
using System.Text.RegularExpressions;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.DependencyInjection;

/// <summary>
/// Validates <see cref="DynamoRepositoryOptions"/> at start-up. Every message names the configuration key (with the
/// bound section's path, e.g. <c>DynamoDb:Timeout</c>) and says how to fix it.
/// </summary>
internal sealed partial class DynamoRepositoryOptionsValidator : IValidateOptions<DynamoRepositoryOptions>
{
    private const int MinTableNameLength = 3;
    private const int MaxTableNameLength = 255;
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxRetryBaseDelay = TimeSpan.FromSeconds(10);

    private readonly string _keyPrefix;
    private readonly EntityModel _model;

    /// <summary>Initializes a new instance of the <see cref="DynamoRepositoryOptionsValidator"/> class.</summary>
    /// <param name="keyPrefix">What precedes each option name in messages: <c>"DynamoDb:"</c> or <c>"DynamoRepositoryOptions."</c>.</param>
    /// <param name="model">The entity model, whose table names the prefix and suffix must keep valid.</param>
    public DynamoRepositoryOptionsValidator(string keyPrefix, EntityModel model)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        ArgumentNullException.ThrowIfNull(model);
        _keyPrefix = keyPrefix;
        _model = model;
    }

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, DynamoRepositoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateConnection(options, failures);
        ValidateRetries(options, failures);
        ValidateTables(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void ValidateConnection(DynamoRepositoryOptions options, List<string> failures)
    {
        if (options.ServiceUrl is { } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            failures.Add($"{Key(nameof(options.ServiceUrl))} '{url}' is not an absolute http(s) URI; set it to e.g. http://localhost:8000 or remove it to use the region's endpoint.");
        }

        if (options.Region is { } region && !RegionPattern().IsMatch(region))
        {
            failures.Add($"{Key(nameof(options.Region))} '{region}' is not an AWS region name; set it to a region system name such as us-east-1 or eu-west-1, or remove it to use the SDK's region chain.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > MaxTimeout)
        {
            failures.Add($"{Key(nameof(options.Timeout))} {Format(options.Timeout)} is out of range; set it above 00:00:00 and at most 00:05:00, e.g. 00:00:10.");
        }
    }

    private void ValidateRetries(DynamoRepositoryOptions options, List<string> failures)
    {
        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{Key(nameof(options.MaxRetryAttempts))} {Format(options.MaxRetryAttempts)} is out of range; set it between 0 and 10 (default 3).");
        }

        if (options.CommitRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{Key(nameof(options.CommitRetryAttempts))} {Format(options.CommitRetryAttempts)} is out of range; set it between 0 and 10 (default 3).");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero || options.RetryBaseDelay > MaxRetryBaseDelay)
        {
            failures.Add($"{Key(nameof(options.RetryBaseDelay))} {Format(options.RetryBaseDelay)} is out of range; set it above 00:00:00 and at most 00:00:10, e.g. 00:00:00.050.");
        }

        if (!Enum.IsDefined(options.ReturnConsumedCapacity))
        {
            failures.Add($"{Key(nameof(options.ReturnConsumedCapacity))} {Format((int)options.ReturnConsumedCapacity)} is not a consumed capacity mode; set it to None, Total or Indexes.");
        }

        if (!Enum.IsDefined(options.RetryMode))
        {
            failures.Add($"{Key(nameof(options.RetryMode))} {Format((int)options.RetryMode)} is not a retry mode; set it to Standard or Adaptive.");
        }

        if (!string.IsNullOrEmpty(options.ContinuationTokenKey) && !IsAesKey(options.ContinuationTokenKey))
        {
            // The value is a secret: the message never repeats it.
            failures.Add($"{Key(nameof(options.ContinuationTokenKey))} is not an AES key; set it to the base64 of 32 random bytes (e.g. openssl rand -base64 32), or remove it to use a key per process.");
        }
    }

    private static bool IsAesKey(string value)
    {
        Span<byte> key = stackalloc byte[64];
        return Convert.TryFromBase64String(value, key, out var length) && length is 16 or 24 or 32;
    }

    private void ValidateTables(DynamoRepositoryOptions options, List<string> failures)
    {
        if (!Enum.IsDefined(options.BillingMode))
        {
            failures.Add($"{Key(nameof(options.BillingMode))} {Format((int)options.BillingMode)} is not a billing mode; set it to PayPerRequest or Provisioned.");
        }
        else if (options.BillingMode == DynamoBillingMode.Provisioned)
        {
            if (options.ReadCapacityUnits < 1)
            {
                failures.Add($"{Key(nameof(options.ReadCapacityUnits))} {Format(options.ReadCapacityUnits)} must be at least 1 with {Key(nameof(options.BillingMode))} Provisioned; set it to e.g. 5, or use PayPerRequest.");
            }

            if (options.WriteCapacityUnits < 1)
            {
                failures.Add($"{Key(nameof(options.WriteCapacityUnits))} {Format(options.WriteCapacityUnits)} must be at least 1 with {Key(nameof(options.BillingMode))} Provisioned; set it to e.g. 5, or use PayPerRequest.");
            }
        }

        var affixesValid = ValidateAffix(nameof(options.TablePrefix), options.TablePrefix, failures)
            & ValidateAffix(nameof(options.TableSuffix), options.TableSuffix, failures);
        if (!affixesValid)
        {
            return;
        }

        foreach (var table in _model.Entities.Select(e => e.TableName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var physical = string.Concat(options.TablePrefix, table, options.TableSuffix);
            if (physical.Length is < MinTableNameLength or > MaxTableNameLength)
            {
                failures.Add(
                    $"The table name '{physical}' ({Key(nameof(options.TablePrefix))} + '{table}' + {Key(nameof(options.TableSuffix))}) has {Format(physical.Length)} characters; "
                    + $"DynamoDB needs {MinTableNameLength} to {MaxTableNameLength}. Change the prefix or suffix, or the entity's ToTable name.");
            }
        }
    }

    private bool ValidateAffix(string option, string? value, List<string> failures)
    {
        if (value is null)
        {
            failures.Add($"{Key(option)} is null; set it to a string (empty for none).");
            return false;
        }

        var bad = value.Where(c => !IsTableNameChar(c)).Distinct().ToArray();
        if (bad.Length == 0)
        {
            return true;
        }

        failures.Add(
            $"{Key(option)} '{value}' contains {string.Join(", ", bad.Select(c => $"'{c}'"))}; table names allow only letters A-Z and a-z, digits, '_', '.' and '-'.");
        return false;
    }

    private static bool IsTableNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-';

    private string Key(string option) => _keyPrefix + option;

    private static string Format(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
