namespace Dynamo.Repositories.Execution;

/// <summary>
/// One JSON value prepared before sending (a Put's item, an Update's expression attribute values): where it lies in the
/// buffer of its commit. An offset rather than a span, because the buffer may grow (and move) while later writes are
/// prepared.
/// </summary>
/// <param name="Source">The buffer.</param>
/// <param name="Start">The offset of the value.</param>
/// <param name="Length">The length of the value in bytes.</param>
internal readonly record struct PreparedJson(IPreparedJsonSource Source, int Start, int Length)
{
    /// <summary>Gets the bytes of the value.</summary>
    public ReadOnlySpan<byte> Span => Source.Written.Slice(Start, Length);
}
