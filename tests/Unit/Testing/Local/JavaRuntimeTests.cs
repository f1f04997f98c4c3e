using Dynamo.Repositories.Testing;
using Dynamo.Repositories.Testing.Local;
using Xunit;

namespace Dynamo.Repositories.UnitTests.Testing.Local;

public sealed class JavaRuntimeTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("openjdk version \"17.0.15\" 2025-04-15\nOpenJDK Runtime Environment", 17)]
    [InlineData("java version \"1.8.0_292\"", 8)]
    [InlineData("openjdk version \"21\" 2023-09-19", 21)]
    [InlineData("openjdk version \"25-ea\" 2025-09-16", 25)]
    public void ParseMajorVersion_ReturnsMajor_WhenOutputHasAVersion(string output, int expected)
    {
        Assert.Equal(expected, JavaRuntime.ParseMajorVersion(output));
    }

    [Fact]
    public void ParseMajorVersion_ReturnsNull_WhenOutputHasNoVersion()
    {
        Assert.Null(JavaRuntime.ParseMajorVersion("Error: could not create the Java Virtual Machine."));
    }

    [Fact]
    public void Locate_PrefersJavaHome_WhenItHoldsJava()
    {
        var java = _temp.WriteJava();
        var options = new DynamoDbLocalOptions { GetEnvironmentVariable = name => name == "JAVA_HOME" ? _temp.Path : null };

        Assert.Equal(java, JavaRuntime.Locate(options));
    }

    [Fact]
    public void Locate_UsesJavaPath_WhenSetEvenIfJavaHomeIsSet()
    {
        _temp.WriteJava();
        var other = _temp.WriteScript("other/java", "exit 0");
        var options = new DynamoDbLocalOptions { JavaPath = other, GetEnvironmentVariable = name => name == "JAVA_HOME" ? _temp.Path : null };

        Assert.Equal(other, JavaRuntime.Locate(options));
    }

    [Fact]
    public async Task EnsureSupportedAsync_Throws_WhenJavaPrintsNoVersion()
    {
        var java = _temp.WriteScript("bin/java", "echo 'Error: broken runtime' >&2\nexit 1");

        var exception = await Assert.ThrowsAsync<DynamoDbLocalException>(() => JavaRuntime.EnsureSupportedAsync(java, TestContext.Current.CancellationToken));

        Assert.Contains("did not report a Java version", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Error: broken runtime", exception.Message, StringComparison.Ordinal);
    }
}
