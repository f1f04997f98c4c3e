using Ardalis.Specification;

namespace Dynamo.Repositories.Tests.Model;

/// <summary>Every item of the entity's table (a Scan, allowed by the specification).</summary>
public sealed class ScanAllSpec<T> : Specification<T>
{
    public ScanAllSpec() => Query.AllowScan();
}
