using System.Globalization;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using Dynamo.Repositories.Execution;
using Dynamo.Repositories.Resilience;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// Turns the AWS exception of a failed commit into the library's typed exceptions, mapping DynamoDB's cancellation
/// reasons back to the staged writes in staging order. Messages name entities and keys, never non-key values.
/// </summary>
internal static class CommitFailureMapper
{
    /// <summary>Maps a failure; returns null when the exception is not a DynamoDB or transport failure.</summary>
    /// <param name="exception">The failure of the last attempt.</param>
    /// <param name="actions">The actions of the commit, in staging order.</param>
    public static DynamoRepositoryException? Map(Exception exception, IReadOnlyList<WriteAction> actions)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var single = actions.Count == 1 ? actions[0] : null;
        switch (exception)
        {
            case TransactionCanceledException canceled:
                return MapCanceled(canceled, actions);
            case ConditionalCheckFailedException failed when single is not null && SdkResends.Attempts(failed) > 1:
                return OutcomeUnknown(
                    $"{Describe(single)} failed its condition after the AWS SDK resent it (an earlier attempt failed in transit): that earlier attempt may have been applied.",
                    actions,
                    failed);
            case ConditionalCheckFailedException failed when single is not null:
                return Conflict(single, failed.Item, Outcomes(actions, 0, "ConditionalCheckFailed"), failed, actions.Count);
            case IdempotentParameterMismatchException mismatch:
                return OutcomeUnknown(
                    $"{Subject(actions)} was refused as a replay of an earlier attempt with the same ClientRequestToken but another payload (IdempotentParameterMismatch): that earlier attempt was probably applied.",
                    actions,
                    mismatch);
            case TransactionConflictException or TransactionInProgressException:
                return Build("TransactionConflict", single, actions, exception);
            case ProvisionedThroughputExceededException or RequestLimitExceededException or ThrottlingException:
                return Build("ThrottlingError", single, actions, exception);
            case ItemCollectionSizeLimitExceededException:
                return Build("ItemCollectionSizeLimitExceeded", single, actions, exception);
            case AmazonServiceException service when FailureClassifier.IsServerOrTransport(service):
                return Unavailable(actions, exception);
            case AmazonServiceException service when service.ErrorCode is "ThrottlingException" or "Throttling":
                return Build("ThrottlingError", single, actions, exception);
            case ResourceNotFoundException:
                return new WriteRejectedException(
                    $"{Subject(actions)} failed: a table does not exist ({string.Join(", ", actions.Select(a => a.TableName).Distinct(StringComparer.Ordinal))}). " +
                    "Create the tables (IDynamoTableManager, or CreateTablesOnStartup) or check the TablePrefix and TableSuffix options. Nothing was written.",
                    single?.Source.Metadata.ClrType,
                    single?.KeyDescription,
                    single is null ? [] : Outcomes(actions, 0, "ResourceNotFound"),
                    exception);
            case AmazonServiceException:
                return Build(IsSizeMessage(exception.Message) ? "ItemTooLarge" : "ValidationError", single, actions, exception);
            default:
                return FailureClassifier.IsServerOrTransport(exception) ? Unavailable(actions, exception) : null;
        }
    }

    private static DynamoRepositoryException MapCanceled(TransactionCanceledException canceled, IReadOnlyList<WriteAction> actions)
    {
        var reasons = canceled.CancellationReasons ?? [];
        var fault = -1;
        for (var i = 0; i < actions.Count && i < reasons.Count; i++)
        {
            var reasonCode = reasons[i].Code;
            if (reasonCode == "ConditionalCheckFailed")
            {
                fault = i;
                break;
            }

            if (fault < 0 && !IsNone(reasonCode))
            {
                fault = i;
            }
        }

        var outcomes = actions.Select((a, i) => Outcome(a, i < reasons.Count ? reasons[i].Code : null)).ToArray();
        if (fault < 0)
        {
            return new WriteRejectedException(
                $"{Subject(actions)} was canceled by DynamoDB without a reason for any staged write. Nothing was written; the staged writes stay staged.",
                outcomes: outcomes,
                innerException: canceled);
        }

        var action = actions[fault];
        var reason = reasons[fault];
        if (reason.Code == "ConditionalCheckFailed")
        {
            return action.Source.Kind == StagedWriteKind.Check
                ? new ConditionCheckFailedException(
                    $"{Describe(action)} did not hold: the item is missing or does not satisfy the condition.{Others(actions)}",
                    action.Source.Metadata.ClrType,
                    action.KeyDescription,
                    outcomes,
                    canceled)
                : Conflict(action, reason.Item, outcomes, canceled, actions.Count);
        }

        var code = reason.Code == "ValidationError" && IsSizeMessage(reason.Message) ? "ItemTooLarge" : reason.Code;
        return Build(code, action, actions, canceled, outcomes);
    }

    private static DynamoRepositoryException Build(
        string code, WriteAction? action, IReadOnlyList<WriteAction> actions, Exception inner, IReadOnlyList<StagedWriteOutcome>? outcomes = null)
    {
        outcomes ??= action is null ? [] : Outcomes(actions, actions.ToList().IndexOf(action), code);
        var subject = action is null ? Subject(actions) : Describe(action);
        var others = action is null ? " Nothing was written." : Others(actions);
        var type = action?.Source.Metadata.ClrType;
        var key = action?.KeyDescription;
        return code switch
        {
            "TransactionConflict" => new TransactionContentionException(
                $"{subject} kept conflicting with another transaction on the same item after the configured commit retries (CommitRetryAttempts).{others} Retry later.",
                type, key, outcomes, inner),
            "ThrottlingError" or "ProvisionedThroughputExceeded" or "RequestLimitExceeded" => Throttled(subject, others, type, key, outcomes, inner),
            "ItemCollectionSizeLimitExceeded" or "ItemTooLarge" => new ItemTooLargeException(
                $"{subject} was refused: the item (or its item collection) is larger than DynamoDB allows.{others} Make the item smaller.",
                type, key, outcomes, inner),
            _ => new WriteRejectedException(
                $"{subject} was refused by DynamoDB ({code}).{others} The inner exception says what DynamoDB objected to.",
                type, key, outcomes, inner),
        };
    }

    private static WriteThrottledException Throttled(string subject, string others, Type? type, string? key, IReadOnlyList<StagedWriteOutcome> outcomes, Exception inner)
    {
        var reasons = Telemetry.ThrottlingReasons.From(inner);
        var advice = reasons.Count == 0 ? " Retry later, or raise the table's capacity." : Telemetry.ThrottlingReasons.Describe(reasons);
        return new WriteThrottledException(
            $"{subject} was throttled by DynamoDB after the AWS SDK's retries (MaxRetryAttempts).{others}{advice}", type, key, outcomes, inner, reasons);
    }

    private static DynamoUnavailableException Unavailable(IReadOnlyList<WriteAction> actions, Exception inner)
    {
        var single = actions.Count == 1 ? actions[0] : null;
        var subject = single is null ? Subject(actions) : Describe(single);
        return new DynamoUnavailableException(
            $"{subject} failed with server or transport errors after the AWS SDK's retries (MaxRetryAttempts). " +
            "Its outcome is unknown: DynamoDB may have applied it before the failure. The staged writes stay staged; reload the entities before retrying.",
            single?.Source.Metadata.ClrType,
            single?.KeyDescription,
            [],
            inner);
    }

    private static CommitOutcomeUnknownException OutcomeUnknown(string what, IReadOnlyList<WriteAction> actions, Exception inner)
    {
        var single = actions.Count == 1 ? actions[0] : null;
        return new CommitOutcomeUnknownException(
            what + " The outcome is unknown: the table may already hold these writes. No entity in memory changed and the staged writes stay staged; " +
            "reload the entities before writing them again (or discard the staged writes).",
            single?.Source.Metadata.ClrType,
            single?.KeyDescription,
            [],
            inner);
    }

    private static ConcurrencyConflictException Conflict(
        WriteAction action,
        Dictionary<string, AttributeValue>? stored,
        IReadOnlyList<StagedWriteOutcome> outcomes,
        Exception inner,
        int total)
    {
        var exists = stored is { Count: > 0 };
        var storedVersion = StoredVersion(action, stored);
        var expected = action.ExpectedVersion;
        var versioned = action.Source.Metadata.Version is not null;
        var reason = action.Source.Kind switch
        {
            StagedWriteKind.Add => "an item with this key already exists. Load it and update it, or use Upsert",
            StagedWriteKind.Delete when !exists && total == 1 =>
                "no item with this key exists: another writer deleted it, or an earlier attempt of this delete (resent by the AWS SDK after a lost reply) did. Reload and decide, or discard the staged writes",
            _ when !exists && action.Source.Kind != StagedWriteKind.Upsert => "no item with this key exists (it was deleted, or never created). Reload and decide, or discard the staged writes",
            _ when versioned && storedVersion is { } s => string.Create(
                CultureInfo.InvariantCulture,
                $"the stored version is {s}, but the entity was loaded with {(expected is { } e ? "version " + e.ToString(CultureInfo.InvariantCulture) : "no version")}. Another writer changed it: reload the entity and retry, or discard the staged writes"),
            _ => "the stored item does not match the version the entity was loaded with. Reload the entity and retry, or discard the staged writes",
        };
        var total1 = total > 1 ? Others(total)
            : action.Source.Kind == StagedWriteKind.Delete && !exists ? string.Empty
            : " Nothing was written.";
        return new ConcurrencyConflictException(
            $"{Describe(action)} failed: {reason}.{total1}",
            action.Source.Metadata.ClrType,
            action.KeyDescription,
            versioned ? expected : null,
            storedVersion,
            inner,
            outcomes);
    }

    private static long? StoredVersion(WriteAction action, Dictionary<string, AttributeValue>? stored)
    {
        var attribute = action.Source.Metadata.Version?.AttributeName;
        return attribute is not null && stored is not null && stored.TryGetValue(attribute, out var value) && value.N is not null
            && long.TryParse(value.N, NumberStyles.Integer, CultureInfo.InvariantCulture, out var version)
            ? version
            : null;
    }

    private static StagedWriteOutcome[] Outcomes(IReadOnlyList<WriteAction> actions, int failed, string code) =>
        actions.Select((a, i) => Outcome(a, i == failed ? code : null)).ToArray();

    private static StagedWriteOutcome Outcome(WriteAction action, string? code) => new(
        action.Source.Metadata.ClrType,
        action.KeyDescription,
        action.Source.Kind,
        IsNone(code) ? StagedWriteStatus.NotAtFault : StagedWriteStatus.Failed,
        IsNone(code) ? null : code);

    private static bool IsNone(string? code) => string.IsNullOrEmpty(code) || code == "None";

    private static bool IsSizeMessage(string? message) =>
        message is not null && message.Contains("size", StringComparison.OrdinalIgnoreCase) && message.Contains("exceed", StringComparison.OrdinalIgnoreCase);

    private static string Describe(WriteAction action) => $"The {action.Source.Kind} of {action.Source.Metadata.DisplayName} {action.KeyDescription}";

    private static string Subject(IReadOnlyList<WriteAction> actions) =>
        string.Create(CultureInfo.InvariantCulture, $"The commit of {actions.Count} staged write(s)");

    private static string Others(IReadOnlyList<WriteAction> actions) => actions.Count > 1 ? Others(actions.Count) : " Nothing was written.";

    private static string Others(int total) => string.Create(
        CultureInfo.InvariantCulture,
        $" The other {total - 1} staged write(s) were not at fault; nothing was written and the staged writes stay staged.");
}
