namespace Dynamo.Repositories.TestModel;

public sealed class WalletAddress
{
    public string Street { get; set; } = "";

    public string? City { get; set; }
}
