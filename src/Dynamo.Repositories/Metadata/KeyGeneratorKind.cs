namespace Dynamo.Repositories.Metadata;

/// <summary>How a generated key gets its value when an entity is added.</summary>
internal enum KeyGeneratorKind
{
    /// <summary>Chosen by the stored type: Guid v7 for Guid, a sortable unique string for string, a sequence for integers.</summary>
    Automatic,

    /// <summary>A time-ordered Guid (version 7).</summary>
    GuidV7,

    /// <summary>A sortable unique string (26 characters, ULID-like: time, then randomness).</summary>
    SortableString,

    /// <summary>An integer from a hi-lo sequence kept in a DynamoDB counter item.</summary>
    Sequence,

    /// <summary>The application's own generator.</summary>
    Custom,
}
