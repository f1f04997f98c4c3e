namespace Dynamo.Repositories.Tests.Model;

/// <summary>An entity with nothing but its partition key (an update of it has nothing to set).</summary>
public sealed class Currency
{
    public string Code { get; set; } = "";
}
