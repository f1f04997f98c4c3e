namespace Dynamo.Repositories.Tests.Model;

public enum WalletTier
{
    Basic,
    Gold,
}
