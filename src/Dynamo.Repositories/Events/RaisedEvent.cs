using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Events;

/// <summary>A domain event read from a staged entity when the commit was prepared.</summary>
/// <param name="Event">The event.</param>
/// <param name="Entity">The entity that raised it.</param>
/// <param name="Metadata">The entity's metadata.</param>
/// <param name="Key">The entity's key text.</param>
internal sealed record RaisedEvent(object Event, object Entity, EntityMetadata Metadata, string Key);
