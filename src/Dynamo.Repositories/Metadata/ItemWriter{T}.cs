using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Metadata;

/// <summary>A compiled writer: maps an instance into a new item and hands back what it knows of the item (key values, size bound).</summary>
/// <typeparam name="T">The mapped type.</typeparam>
/// <param name="instance">The instance to map.</param>
/// <param name="written">The key values and size bound of the item (default for nested types, which have no key).</param>
/// <returns>The item.</returns>
internal delegate Dictionary<string, AttributeValue> ItemWriter<in T>(T instance, out WrittenItem written);
