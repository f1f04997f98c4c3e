using System.Diagnostics;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Options;

namespace Dynamo.Repositories.Telemetry;

/// <summary>The consumed capacity that DynamoDB returns when <see cref="DynamoRepositoryOptions.ReturnConsumedCapacity"/> is on.</summary>
internal sealed partial class DynamoInstrumentation
{
    /// <summary>Returns the SDK's value for a request: null (not asked) for <see cref="DynamoConsumedCapacity.None"/>.</summary>
    public static ReturnConsumedCapacity? ToRequest(DynamoConsumedCapacity mode) => mode switch
    {
        DynamoConsumedCapacity.Total => Amazon.DynamoDBv2.ReturnConsumedCapacity.TOTAL,
        DynamoConsumedCapacity.Indexes => Amazon.DynamoDBv2.ReturnConsumedCapacity.INDEXES,
        _ => null,
    };

    /// <summary>Adds the consumed capacity of one response to the read or write capacity metric, by table and index, and to the span.</summary>
    /// <param name="capacities">The response's consumed capacity (null when not asked).</param>
    /// <param name="write">Whether the operation wrote (DynamoDB's total counts as write capacity then, otherwise as read).</param>
    /// <param name="activity">The span of the operation, if any.</param>
    public void RecordConsumedCapacity(IEnumerable<ConsumedCapacity>? capacities, bool write, Activity? activity)
    {
        if (capacities is null)
        {
            return;
        }

        foreach (var capacity in capacities)
        {
            DynamoSpans.AddConsumedCapacity(activity, capacity);
            if (capacity.Table is not null || capacity.GlobalSecondaryIndexes is not null || capacity.LocalSecondaryIndexes is not null)
            {
                AddCapacity(capacity.TableName, null, capacity.Table, write);
                foreach (var (index, part) in capacity.GlobalSecondaryIndexes ?? [])
                {
                    AddCapacity(capacity.TableName, index, part, write);
                }

                foreach (var (index, part) in capacity.LocalSecondaryIndexes ?? [])
                {
                    AddCapacity(capacity.TableName, index, part, write);
                }
            }
            else
            {
                AddUnits(capacity.TableName, null, capacity.ReadCapacityUnits, capacity.WriteCapacityUnits, capacity.CapacityUnits, write);
            }
        }
    }

    /// <summary>Records the consumed capacity of one response that returns a single one.</summary>
    public void RecordConsumedCapacity(ConsumedCapacity? capacity, bool write, Activity? activity)
    {
        if (capacity is not null)
        {
            RecordConsumedCapacity([capacity], write, activity);
        }
    }

    private void AddCapacity(string table, string? index, Capacity? part, bool write)
    {
        if (part is not null)
        {
            AddUnits(table, index, part.ReadCapacityUnits, part.WriteCapacityUnits, part.CapacityUnits, write);
        }
    }

    private void AddUnits(string table, string? index, double? read, double? written, double? total, bool write)
    {
        // DynamoDB fills the read and write parts on some operations only; the total belongs to the operation's kind.
        read ??= write ? null : total;
        written ??= write ? total : null;
        var tags = new TagList { { DynamoAttributes.DbCollectionName, table }, { DynamoAttributes.IndexName, index } };
        if (read is > 0 && ConsumedReadCapacity.Enabled)
        {
            ConsumedReadCapacity.Add(read.Value, tags);
        }

        if (written is > 0 && ConsumedWriteCapacity.Enabled)
        {
            ConsumedWriteCapacity.Add(written.Value, tags);
        }
    }
}
