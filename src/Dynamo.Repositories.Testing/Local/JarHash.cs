using System.Security.Cryptography;

namespace Dynamo.Repositories.Testing.Local;

/// <summary>Checks the SHA-256 of <c>DynamoDBLocal.jar</c> against the pinned value.</summary>
internal static class JarHash
{
    /// <summary>Returns the lower-case hexadecimal SHA-256 of a file.</summary>
    public static async Task<string> ComputeAsync(string path, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return Convert.ToHexStringLower(hash);
        }
    }

    /// <summary>Throws unless the jar in <paramref name="directory"/> has the expected hash.</summary>
    /// <param name="directory">The emulator folder.</param>
    /// <param name="expected">The expected lower-case hexadecimal SHA-256.</param>
    /// <param name="source">Where the folder came from, to name in the error (an option, a variable, the cache, the download).</param>
    /// <param name="advice">What to do about a mismatch.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    public static async Task VerifyAsync(string directory, string expected, string source, string advice, CancellationToken cancellationToken)
    {
        var jar = Path.Combine(directory, EmulatorInstaller.JarFileName);
        var actual = await ComputeAsync(jar, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw new DynamoDbLocalException(
                $"'{jar}' ({source}) has SHA-256 {actual}, but the pinned DynamoDB Local from {DynamoDbLocal.PackageName}@{DynamoDbLocal.PackageVersion} has {expected}; it was not started. {advice}");
        }
    }
}
