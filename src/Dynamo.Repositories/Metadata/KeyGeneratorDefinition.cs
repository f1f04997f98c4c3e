namespace Dynamo.Repositories.Metadata;

/// <summary>What a configuration declared about generating one key member.</summary>
/// <param name="Kind">The kind of generator.</param>
/// <param name="SequenceName">The sequence name (sequences), or null for the default.</param>
/// <param name="BlockSize">How many values one reservation of a sequence takes.</param>
/// <param name="Custom">The application's generator (custom): returns the next value, boxed.</param>
/// <param name="CustomType">The type the custom generator produces.</param>
internal sealed record KeyGeneratorDefinition(
    KeyGeneratorKind Kind, string? SequenceName = null, int BlockSize = KeyGeneratorDefinition.DefaultBlockSize, Func<CancellationToken, ValueTask<object?>>? Custom = null, Type? CustomType = null)
{
    /// <summary>The default number of values a sequence reserves at a time.</summary>
    public const int DefaultBlockSize = 100;
}
