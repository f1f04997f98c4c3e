using Dynamo.Repositories.Testing;
using Dynamo.Repositories.Testing.Local;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Local;

/// <summary>How the emulator's tools (java, npm) are found: given paths, JAVA_HOME, then the PATH.</summary>
public sealed class ToolLocatorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Resolve_ReturnsNull_ForABlankCommand(string command) => Assert.Null(ToolLocator.Resolve(command));

    [Fact]
    public void Resolve_ReturnsTheFullPath_OfAnExistingPath_AndNullForAMissingOne()
    {
        var java = _temp.WriteJava();

        Assert.Equal(Path.GetFullPath(java), ToolLocator.Resolve(java));
        Assert.Null(ToolLocator.Resolve(_temp.Combine("bin", "nothing")));
        Assert.Null(ToolLocator.Resolve("bin/no-such-tool-here"));
    }

    [Fact]
    public void Resolve_ReturnsNull_ForANameOnNoDirectoryOfThePath() =>
        Assert.Null(ToolLocator.Resolve("dynamo-repositories-no-such-tool"));

    [Fact]
    public void Locate_PrefersJavaHome_OverThePath()
    {
        var java = _temp.WriteJava();
        var options = new DynamoDbLocalOptions { GetEnvironmentVariable = name => name == "JAVA_HOME" ? _temp.Path : null };

        Assert.Equal(java, JavaRuntime.Locate(options));
    }

    [Fact]
    public void Locate_NamesThePath_WhenNeitherJavaPathNorJavaHomeFindsJava()
    {
        var options = new DynamoDbLocalOptions { GetEnvironmentVariable = name => name == "JAVA_HOME" ? _temp.Path : null };
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var onPath = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, "java")));

        if (onPath)
        {
            Assert.EndsWith("java", JavaRuntime.Locate(options), StringComparison.Ordinal);
        }
        else
        {
            var error = Assert.Throws<DynamoDbLocalException>(() => JavaRuntime.Locate(options));
            Assert.Contains("'java' was not found on the PATH", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(null)]
    public void ReadVariable_ReturnsNull_ForABlankOrUnsetVariable(string? value)
    {
        var options = new DynamoDbLocalOptions { GetEnvironmentVariable = _ => value };

        Assert.Null(options.ReadVariable("JAVA_HOME"));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 0)]
    [InlineData(-1, 10)]
    public async Task StartAsync_ThrowsArgumentOutOfRange_WhenATimeoutIsNotPositive(int startSeconds, int downloadSeconds)
    {
        var options = new DynamoDbLocalOptions
        {
            UseEnvironmentVariables = false,
            StartTimeout = TimeSpan.FromSeconds(startSeconds),
            DownloadTimeout = TimeSpan.FromSeconds(downloadSeconds),
        };

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => DynamoDbLocal.StartAsync(options, TestContext.Current.CancellationToken));

        Assert.Contains("StartTimeout and DownloadTimeout must be positive", error.Message, StringComparison.Ordinal);
    }
}
