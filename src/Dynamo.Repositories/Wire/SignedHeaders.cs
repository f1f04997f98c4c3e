namespace Dynamo.Repositories.Wire;

/// <summary>The two headers a SigV4 signature adds to a request.</summary>
/// <param name="AmzDate">The <c>X-Amz-Date</c> value, <c>yyyyMMddTHHmmssZ</c>.</param>
/// <param name="Authorization">The <c>Authorization</c> value.</param>
internal readonly record struct SignedHeaders(string AmzDate, string Authorization);
