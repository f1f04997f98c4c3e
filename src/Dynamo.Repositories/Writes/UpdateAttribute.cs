namespace Dynamo.Repositories.Writes;

/// <summary>A non-key attribute of an update with its name and value placeholders.</summary>
/// <param name="Name">The attribute name.</param>
/// <param name="NamePlaceholder">The name placeholder, e.g. <c>#n1</c>.</param>
/// <param name="ValuePlaceholder">The value placeholder, e.g. <c>:v0</c>.</param>
internal sealed record UpdateAttribute(string Name, string NamePlaceholder, string ValuePlaceholder);
