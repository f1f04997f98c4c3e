namespace Dynamo.Repositories.Tables;

/// <summary>How a live table differs from the configuration.</summary>
public enum TableDifferenceKind
{
    /// <summary>The table does not exist.</summary>
    MissingTable,

    /// <summary>The table's partition or sort key differs.</summary>
    KeySchemaMismatch,

    /// <summary>A key attribute has another scalar type (S, N or B) than the mapped property.</summary>
    AttributeTypeMismatch,

    /// <summary>A configured secondary index does not exist.</summary>
    MissingIndex,

    /// <summary>The table has a secondary index that no configured entity declares.</summary>
    ExtraIndex,

    /// <summary>A secondary index has other keys, another kind (global or local) or does not project all attributes.</summary>
    IndexMismatch,

    /// <summary>Time to live is off (or on another attribute) although an entity of the table declares it.</summary>
    TimeToLiveDisabled,

    /// <summary>Time to live is on although no entity of the table declares it.</summary>
    TimeToLiveUnexpected,

    /// <summary>The table is billed otherwise than the options say.</summary>
    BillingModeMismatch,

    /// <summary>The table or one of its global indexes is not ACTIVE (being created, updated or deleted).</summary>
    NotActive,
}
