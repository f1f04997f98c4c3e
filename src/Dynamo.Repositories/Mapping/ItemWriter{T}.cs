using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Mapping;

/// <summary>A compiled writer: maps an instance into a new item and hands back the table key values it wrote.</summary>
/// <typeparam name="T">The mapped type.</typeparam>
/// <param name="instance">The instance to map.</param>
/// <param name="key">The table key values written (default for nested types, which have no key).</param>
/// <returns>The item.</returns>
internal delegate Dictionary<string, AttributeValue> ItemWriter<in T>(T instance, out WrittenKey key);
