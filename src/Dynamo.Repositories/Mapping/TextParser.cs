namespace Dynamo.Repositories.Mapping;

/// <summary>Parses a stored <c>S</c> or <c>N</c> text into a member's type, as the member's converter reads it.</summary>
/// <typeparam name="T">The member's type.</typeparam>
/// <param name="text">The stored text.</param>
/// <returns>The value.</returns>
internal delegate T TextParser<out T>(ReadOnlySpan<char> text);
