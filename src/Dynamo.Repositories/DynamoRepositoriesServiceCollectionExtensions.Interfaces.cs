using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dynamo.Repositories;

// The application's own repository interfaces, served by DynamoRepository<T> for every mapped entity.
public static partial class DynamoRepositoriesServiceCollectionExtensions
{
    /// <summary>
    /// Makes the application's own generic repository interfaces, such as <c>IRepository&lt;T&gt; : IRepositoryBase&lt;T&gt;</c>
    /// and <c>IReadRepository&lt;T&gt; : IReadRepositoryBase&lt;T&gt;</c>, resolve (scoped) to the library's repository for
    /// every mapped entity, with no adapter class. Each interface may extend only <c>IRepositoryBase&lt;T&gt;</c>,
    /// <c>IReadRepositoryBase&lt;T&gt;</c>, <c>IDynamoRepository&lt;T&gt;</c> and <c>IReadDynamoRepository&lt;T&gt;</c> and
    /// declare no member of its own; anything else is an <see cref="EntityConfigurationException"/> here, pointing to a
    /// custom repository. A closed registration of the same interface (a custom repository) takes precedence for its entity.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="openInterfaces">The open generic interfaces, e.g. <c>typeof(IRepository&lt;&gt;), typeof(IReadRepository&lt;&gt;)</c>.</param>
    /// <returns>The same collection, for chaining.</returns>
    [RequiresDynamicCode("Emits one class per interface, deriving from DynamoRepository<T> and declaring it.")]
    public static IServiceCollection AddDynamoRepositoryInterfaces(this IServiceCollection services, params Type[] openInterfaces)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(openInterfaces);
        foreach (var openInterface in openInterfaces)
        {
            ArgumentNullException.ThrowIfNull(openInterface, nameof(openInterfaces));
            services.TryAdd(ServiceDescriptor.Scoped(openInterface, RepositoryInterfaceImplementations.For(openInterface)));
        }

        return services;
    }
}
