using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>
/// The constructor that materializes a mapped class, and for each of its parameters the index of the mapped member
/// whose stored value it receives. A null constructor means a struct's default value.
/// </summary>
/// <param name="Constructor">The constructor, or null for the default value of a struct.</param>
/// <param name="Members">For each constructor parameter, the index of its member in the mapped members.</param>
internal sealed record ConstructorBinding(ConstructorInfo? Constructor, int[] Members);
