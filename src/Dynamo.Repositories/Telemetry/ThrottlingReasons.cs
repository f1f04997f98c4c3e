using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Telemetry;

/// <summary>
/// Reads the <c>ThrottlingReasons</c> that DynamoDB attaches to a throttling error (AWSSDK.DynamoDBv2 4.1) into the
/// library's <see cref="DynamoThrottlingReason"/>s, and words them for exception messages.
/// </summary>
internal static class ThrottlingReasons
{
    /// <summary>The tag value of a throttle for which DynamoDB gave no reason.</summary>
    public const string Unknown = "unknown";

    private const string TablePart = ":table/";
    private const string IndexPart = "/index/";

    /// <summary>Returns the reasons carried by the exception (or an inner one), empty when it carries none.</summary>
    public static IReadOnlyList<DynamoThrottlingReason> From(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var reasons = current switch
            {
                ProvisionedThroughputExceededException e => e.ThrottlingReasons,
                ThrottlingException e => e.ThrottlingReasons,
                RequestLimitExceededException e => e.ThrottlingReasons,
                _ => null,
            };
            if (reasons is { Count: > 0 })
            {
                return [.. reasons.Where(r => !string.IsNullOrEmpty(r.Reason)).Select(Convert)];
            }
        }

        return [];
    }

    /// <summary>Words the reasons for a message: " DynamoDB's reason: ... " with the advice of each, or empty.</summary>
    public static string Describe(IReadOnlyList<DynamoThrottlingReason> reasons) =>
        reasons.Count == 0 ? string.Empty : " DynamoDB's reason: " + string.Join(" ", reasons.Select(r => $"{r}. {r.Advice}"));

    /// <summary>Splits a table or index ARN (<c>arn:aws:dynamodb:region:account:table/T/index/I</c>) into its names.</summary>
    public static (string? Table, string? Index) ParseResource(string? arn)
    {
        var table = arn?.IndexOf(TablePart, StringComparison.Ordinal) ?? -1;
        if (arn is null || table < 0)
        {
            return (null, null);
        }

        var name = arn[(table + TablePart.Length)..];
        var index = name.IndexOf(IndexPart, StringComparison.Ordinal);
        return index < 0 ? (name, null) : (name[..index], name[(index + IndexPart.Length)..]);
    }

    private static DynamoThrottlingReason Convert(ThrottlingReason reason)
    {
        var (table, index) = ParseResource(reason.Resource);
        return new DynamoThrottlingReason(reason.Reason, table, index);
    }
}
