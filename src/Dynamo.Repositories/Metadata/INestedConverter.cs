namespace Dynamo.Repositories.Metadata;

/// <summary>A converter of a nested class stored as a map, exposing the nested class's metadata (for nested attribute paths).</summary>
internal interface INestedConverter
{
    /// <summary>Gets the metadata of the nested class.</summary>
    ObjectMetadata Metadata { get; }
}
