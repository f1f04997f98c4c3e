namespace Dynamo.Repositories.Tests.Model;

public sealed class WalletAddress
{
    public string Street { get; set; } = "";

    public string? City { get; set; }
}
