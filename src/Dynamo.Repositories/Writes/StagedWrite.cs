using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Writes;

/// <summary>
/// A write staged in a unit of work. The entity is read when the commit is prepared, so the latest state of the
/// entity is written and nothing in memory changes before the commit succeeds.
/// </summary>
internal abstract class StagedWrite(EntityMetadata metadata, string tableName, StagedWriteKind kind)
{
    /// <summary>Gets the metadata of the entity type.</summary>
    public EntityMetadata Metadata { get; } = metadata;

    /// <summary>Gets the physical table name.</summary>
    public string TableName { get; } = tableName;

    /// <summary>Gets or sets what the write does (staging the same entity again may fold it into another kind).</summary>
    public StagedWriteKind Kind { get; set; } = kind;

    /// <summary>Gets the staged entity instance, or null for a condition check.</summary>
    public abstract object? Entity { get; }

    /// <summary>Describes the key for messages.</summary>
    public abstract string DescribeKey();

    /// <summary>Turns the staged write into the parts of a request, reading the entity's current state.</summary>
    /// <param name="json">The commit's buffer, to write the item (or an update's values) into as JSON; null for dictionaries.</param>
    public abstract WriteAction Prepare(CommitJson? json);

    /// <summary>Applies a successful commit to the entity in memory (bumps its version).</summary>
    public virtual void Complete(WriteAction action)
    {
    }
}
