using System.Text.Json;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// A compiled entity JSON writer: writes the attributes of an entity as the members of a DynamoDB JSON object (the
/// caller writes the braces), with no <see cref="Amazon.DynamoDBv2.Model.AttributeValue"/> for its built-in scalars,
/// checks its keys as the item writer does and hands back the key values and the item's size bound.
/// </summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="entity">The entity.</param>
/// <param name="writer">The writer, inside an object.</param>
/// <param name="newVersion">The version to write instead of the entity's, for versioned entities (null: the entity's own).</param>
/// <param name="present">The members written, one bit each in the order of the members written (the first 64).</param>
/// <returns>The table key values and the size bound of the whole item, as the item writer hands them back.</returns>
internal delegate WrittenItem EntityJsonWriter<in T>(T entity, Utf8JsonWriter writer, long? newVersion, out ulong present);
