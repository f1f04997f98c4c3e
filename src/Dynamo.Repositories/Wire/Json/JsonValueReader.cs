using System.Text.Json;

namespace Dynamo.Repositories.Wire.Json;

/// <summary>Reads one value that starts on the reader's current token and ends on its last token.</summary>
/// <typeparam name="T">The value read.</typeparam>
/// <param name="reader">The reader, on the value's first token.</param>
/// <returns>The value.</returns>
internal delegate T JsonValueReader<out T>(ref Utf8JsonReader reader);
