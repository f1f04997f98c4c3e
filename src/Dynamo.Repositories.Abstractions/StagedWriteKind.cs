namespace Dynamo.Repositories;

/// <summary>What a staged write does.</summary>
public enum StagedWriteKind
{
    /// <summary>Creates an item that must not exist yet.</summary>
    Add,

    /// <summary>Updates the mapped attributes of an existing item.</summary>
    Update,

    /// <summary>Creates or replaces an item.</summary>
    Upsert,

    /// <summary>Deletes an item.</summary>
    Delete,

    /// <summary>Checks a condition on an item without writing it.</summary>
    Check,
}
