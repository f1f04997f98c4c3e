namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>What a prepared write does to its item.</summary>
internal enum WriteKind
{
    /// <summary>Replaces the whole item.</summary>
    Put,

    /// <summary>Applies an update expression to the stored item (or to a new one holding only the key).</summary>
    Update,

    /// <summary>Removes the item.</summary>
    Delete,

    /// <summary>Only checks a condition (a transaction's ConditionCheck).</summary>
    Check,
}
