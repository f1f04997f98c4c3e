namespace Dynamo.Repositories.TestModel;

public enum WalletTier
{
    Basic,
    Gold,
}
