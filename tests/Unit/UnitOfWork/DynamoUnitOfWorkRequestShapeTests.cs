using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkRequestShapeTests
{
    private readonly RepositoryHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_SendsPutItemRequiringAbsentKey_AndBumpsVersion()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        var loaded = wallet.Version;
        _harness.Wallets.Add(wallet);

        var count = await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<PutItemRequest>();
        Assert.Equal(1, count);
        Assert.Equal("test-Wallets", request.TableName);
        Assert.Equal("attribute_not_exists(#n0)", request.ConditionExpression);
        Assert.Equal(new Dictionary<string, string> { ["#n0"] = "Id" }, request.ExpressionAttributeNames);
        Assert.Null(request.ExpressionAttributeValues);
        Assert.Equal((loaded + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), request.Item["Version"].N);
        Assert.Equal(wallet.Owner, request.Item["Owner"].S);
        Assert.Null(request.ReturnValuesOnConditionCheckFailure);
        Assert.Equal(loaded + 1, wallet.Version);
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task Update_SendsUpdateItemWithSetRemoveAndVersionCondition_WhenVersioned()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        wallet.Payload = null;
        var loaded = wallet.Version;
        _harness.Wallets.Update(wallet);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<UpdateItemRequest>();
        var names = request.ExpressionAttributeNames;
        string Placeholder(string attribute) => names.Single(n => n.Value == attribute).Key;
        string Number(string placeholder) => request.ExpressionAttributeValues[placeholder].N;
        Assert.Equal(wallet.Id, request.Key["Id"].S);
        Assert.Single(request.Key);
        Assert.DoesNotContain("Id", request.UpdateExpression.Replace(Placeholder("Id"), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"{Placeholder("Owner")} = ", request.UpdateExpression, StringComparison.Ordinal);
        Assert.Contains($"{Placeholder("balance")} = ", request.UpdateExpression, StringComparison.Ordinal);
        Assert.Contains(Placeholder("Payload"), request.UpdateExpression.Split(" REMOVE ")[1], StringComparison.Ordinal);
        var condition = System.Text.RegularExpressions.Regex.Match(request.ConditionExpression, @"^attribute_exists\((#n\d+)\) AND (#n\d+) = (:v\d+)$");
        Assert.True(condition.Success, request.ConditionExpression);
        Assert.Equal(Placeholder("Id"), condition.Groups[1].Value);
        Assert.Equal(Placeholder("Version"), condition.Groups[2].Value);
        Assert.Equal(loaded.ToString(System.Globalization.CultureInfo.InvariantCulture), Number(condition.Groups[3].Value));
        var versionValue = System.Text.RegularExpressions.Regex.Match(request.UpdateExpression, Placeholder("Version") + @" = (:v\d+)").Groups[1].Value;
        Assert.Equal((loaded + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Number(versionValue));
        Assert.All(names.Values, n => Assert.DoesNotContain(n, request.UpdateExpression + request.ConditionExpression, StringComparison.Ordinal));
        Assert.Equal(loaded + 1, wallet.Version);
    }

    [Fact]
    public async Task Update_RequiresExistence_AndKeepsKeysOutOfTheExpression_WhenUnversioned()
    {
        var entry = RepositoryHarness.EntryFaker().Generate();
        _harness.Ledger.Update(entry);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<UpdateItemRequest>();
        Assert.Equal(2, request.Key.Count);
        Assert.Equal("attribute_exists(#n0)", request.ConditionExpression);
        Assert.Equal("WalletId", request.ExpressionAttributeNames["#n0"]);
        Assert.DoesNotContain("EntryId", request.ExpressionAttributeNames.Values);
        Assert.Equal("SET #n1 = :v0, #n2 = :v1 REMOVE #n3, #n4", request.UpdateExpression); // Amount and Category set; Note and Payload null
    }

    [Fact]
    public async Task Delete_SendsDeleteItemRequiringLoadedVersion_AndKeepsVersion_WhenVersioned()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        var loaded = wallet.Version;
        _harness.Wallets.Delete(wallet);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<DeleteItemRequest>();
        Assert.Equal("attribute_exists(#n0) AND #n1 = :v0", request.ConditionExpression);
        Assert.Equal("Version", request.ExpressionAttributeNames["#n1"]);
        Assert.Equal(loaded.ToString(System.Globalization.CultureInfo.InvariantCulture), request.ExpressionAttributeValues[":v0"].N);
        Assert.Equal(loaded, wallet.Version);
    }

    [Fact]
    public async Task Delete_RequiresExistence_WhenUnversioned()
    {
        _harness.Ledger.Delete(RepositoryHarness.EntryFaker().Generate());

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal("attribute_exists(#n0)", Single<DeleteItemRequest>().ConditionExpression);
    }

    [Fact]
    public async Task Upsert_AllowsAbsentItemOrLoadedVersion_WhenVersioned()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        var loaded = wallet.Version;
        _harness.Wallets.Upsert(wallet);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<PutItemRequest>();
        Assert.Equal("attribute_not_exists(#n0) OR #n1 = :v0", request.ConditionExpression);
        Assert.Equal(loaded.ToString(System.Globalization.CultureInfo.InvariantCulture), request.ExpressionAttributeValues[":v0"].N);
        Assert.Equal(loaded + 1, wallet.Version);
    }

    [Fact]
    public async Task Upsert_SendsUnconditionalPut_WhenUnversioned()
    {
        _harness.Ledger.Upsert(RepositoryHarness.EntryFaker().Generate());

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<PutItemRequest>();
        Assert.Null(request.ConditionExpression);
        Assert.Null(request.ExpressionAttributeNames);
    }

    [Fact]
    public async Task SaveChangesAsync_SendsOneTransactionWithToken_WhenSeveralWritesAreStaged()
    {
        var wallets = RepositoryHarness.WalletFaker().Generate(2);
        var versions = wallets.Select(a => a.Version).ToArray();
        _harness.Wallets.Update(wallets[0]);
        _harness.Wallets.Add(wallets[1]);
        _harness.Ledger.Delete(RepositoryHarness.EntryFaker().Generate());

        var count = await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<TransactWriteItemsRequest>();
        Assert.Equal(3, count);
        Assert.False(string.IsNullOrEmpty(request.ClientRequestToken));
        Assert.InRange(request.ClientRequestToken.Length, 1, 36);
        Assert.NotNull(request.TransactItems[0].Update);
        Assert.NotNull(request.TransactItems[1].Put);
        Assert.NotNull(request.TransactItems[2].Delete);
        Assert.Equal("test-Ledger", request.TransactItems[2].Delete.TableName);
        Assert.Equal(ReturnValuesOnConditionCheckFailure.ALL_OLD, request.TransactItems[0].Update.ReturnValuesOnConditionCheckFailure);
        Assert.Null(request.TransactItems[1].Put.ReturnValuesOnConditionCheckFailure);
        Assert.Equal(ReturnValuesOnConditionCheckFailure.ALL_OLD, request.TransactItems[2].Delete.ReturnValuesOnConditionCheckFailure);
        Assert.Equal(versions.Select(v => v + 1), wallets.Select(a => a.Version));
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_UsesNewToken_ForEachCommit()
    {
        var wallets = RepositoryHarness.WalletFaker().Generate(4);
        _harness.Wallets.Add(wallets[0]);
        _harness.Wallets.Add(wallets[1]);
        await _harness.UnitOfWork.SaveChangesAsync(Token);
        _harness.Wallets.Add(wallets[2]);
        _harness.Wallets.Add(wallets[3]);
        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var tokens = _harness.Client.ReceivedCalls().Select(c => ((TransactWriteItemsRequest)c.GetArguments()[0]!).ClientRequestToken).ToList();
        Assert.Equal(2, tokens.Distinct().Count());
    }

    [Fact]
    public async Task Update_SendsConditionCheck_WhenOnlyKeysAreMapped()
    {
        _harness.Currencies.Update(new Currency { Code = "EUR" });

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<TransactWriteItemsRequest>();
        var check = Assert.Single(request.TransactItems).ConditionCheck;
        Assert.Equal("attribute_exists(#n0)", check.ConditionExpression);
    }

    [Fact]
    public async Task Check_SendsConditionCheckRequiringExistenceAndThePredicate()
    {
        _harness.Wallets.Check(new EntityKey("acc-1"), a => a.Balance > 10 || a.Owner == "bank");
        _harness.Ledger.Add(RepositoryHarness.EntryFaker().Generate());

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var check = Single<TransactWriteItemsRequest>().TransactItems[0].ConditionCheck;
        var names = check.ExpressionAttributeNames;
        string Placeholder(string attribute) => names.Single(n => n.Value == attribute).Key;
        Assert.Equal("test-Wallets", check.TableName);
        Assert.Equal("acc-1", check.Key["Id"].S);
        Assert.StartsWith($"attribute_exists({Placeholder("Id")}) AND (", check.ConditionExpression, StringComparison.Ordinal);
        Assert.Contains($"{Placeholder("balance")} > ", check.ConditionExpression, StringComparison.Ordinal);
        Assert.Contains(" OR ", check.ConditionExpression, StringComparison.Ordinal);
        Assert.Equal(2, check.ExpressionAttributeValues.Count);
    }

    [Fact]
    public void Check_ThrowsEntityMappingWhenStaged_WhenTheKeyHasTheWrongType()
    {
        Assert.Throws<EntityMappingException>(() => _harness.Wallets.Check(new EntityKey(5), a => a.Balance > 0));

        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    private T Single<T>()
    {
        var call = Assert.Single(_harness.Client.ReceivedCalls());
        return Assert.IsType<T>(call.GetArguments()[0]);
    }
}
