using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Xunit;

namespace Dynamo.Repositories.UnitTests.DependencyInjection;

/// <summary>What a Native AOT or trimmed app is told: the registration warns at the call; the abstractions are safe.</summary>
public sealed class AotAnnotationTests
{
    public static TheoryData<string> RegistrationOverloads() =>
        [.. typeof(DynamoRepositoriesServiceCollectionExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == nameof(DynamoRepositoriesServiceCollectionExtensions.AddDynamoRepositories))
            .Select(m => string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name)))];

    [Theory]
    [MemberData(nameof(RegistrationOverloads))]
    public void AddDynamoRepositories_RequiresDynamicAndUnreferencedCode_ForEveryOverload(string parameters)
    {
        var method = typeof(DynamoRepositoriesServiceCollectionExtensions).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == nameof(DynamoRepositoriesServiceCollectionExtensions.AddDynamoRepositories)
                && string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name)) == parameters);

        Assert.Contains("expression trees", method.GetCustomAttribute<RequiresDynamicCodeAttribute>()?.Message, StringComparison.Ordinal);
        Assert.Contains("scans", method.GetCustomAttribute<RequiresUnreferencedCodeAttribute>()?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegistrationOverloads_AreAllFound()
    {
        Assert.Equal(4, RegistrationOverloads().Count); // (section | delegate) x (assemblies | explicit types)
    }

    [Fact]
    public void AbstractionsAssembly_IsMarkedTrimmable_BecauseItIsBuiltAotCompatible()
    {
        var metadata = typeof(IUnitOfWork).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>();

        Assert.Contains(metadata, a => a.Key == "IsTrimmable" && a.Value == "True");
    }
}
