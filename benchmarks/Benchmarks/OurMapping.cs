using Dynamo.Repositories.Benchmarks.Model;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>Our compiled mapping of <see cref="BenchOrder"/>, built the way the DI registration builds it.</summary>
public static class OurMapping
{
    internal static EntityMetadata<BenchOrder> Create() =>
        EntityModelBuilder.Build([new BenchOrderConfiguration()]).Get<BenchOrder>();
}
