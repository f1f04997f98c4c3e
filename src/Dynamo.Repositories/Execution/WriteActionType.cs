namespace Dynamo.Repositories.Execution;

/// <summary>The DynamoDB operation a prepared write sends.</summary>
internal enum WriteActionType
{
    /// <summary>PutItem, or Put in a transaction.</summary>
    Put,

    /// <summary>UpdateItem, or Update in a transaction.</summary>
    Update,

    /// <summary>DeleteItem, or Delete in a transaction.</summary>
    Delete,

    /// <summary>ConditionCheck in a transaction.</summary>
    ConditionCheck,
}
