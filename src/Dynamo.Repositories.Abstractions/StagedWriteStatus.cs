namespace Dynamo.Repositories;

/// <summary>The part a staged write played in a failed commit.</summary>
public enum StagedWriteStatus
{
    /// <summary>This write caused the commit to fail (its condition failed, or DynamoDB refused it).</summary>
    Failed,

    /// <summary>This write was not at fault; it was not applied because the commit is atomic.</summary>
    NotAtFault,
}
