using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkRequestShapeTests
{
    private readonly UowHarness _harness = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_SendsPutItemRequiringAbsentKey_AndBumpsVersion()
    {
        var account = UowHarness.AccountFaker().Generate();
        var loaded = account.Version;
        _harness.Accounts.Add(account);

        var count = await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<PutItemRequest>();
        Assert.Equal(1, count);
        Assert.Equal("test-Accounts", request.TableName);
        Assert.Equal("attribute_not_exists(#n0)", request.ConditionExpression);
        Assert.Equal(new Dictionary<string, string> { ["#n0"] = "Id" }, request.ExpressionAttributeNames);
        Assert.Null(request.ExpressionAttributeValues);
        Assert.Equal((loaded + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), request.Item["Version"].N);
        Assert.Equal(account.Owner, request.Item["Owner"].S);
        Assert.Null(request.ReturnValuesOnConditionCheckFailure);
        Assert.Equal(loaded + 1, account.Version);
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task Update_SendsUpdateItemWithSetRemoveAndVersionCondition_WhenVersioned()
    {
        var account = UowHarness.AccountFaker().Generate();
        account.Note = null;
        var loaded = account.Version;
        _harness.Accounts.Update(account);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<UpdateItemRequest>();
        var names = request.ExpressionAttributeNames;
        string Placeholder(string attribute) => names.Single(n => n.Value == attribute).Key;
        Assert.Equal(account.Id, request.Key["Id"].S);
        Assert.Single(request.Key);
        Assert.DoesNotContain("Id", request.UpdateExpression.Replace(Placeholder("Id"), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"{Placeholder("Owner")} = ", request.UpdateExpression, StringComparison.Ordinal);
        Assert.Contains($"{Placeholder("balance")} = ", request.UpdateExpression, StringComparison.Ordinal);
        Assert.EndsWith($"REMOVE {Placeholder("Note")}", request.UpdateExpression, StringComparison.Ordinal);
        Assert.Equal($"attribute_exists({Placeholder("Id")}) AND {Placeholder("Version")} = :v4", request.ConditionExpression);
        Assert.Equal(loaded.ToString(System.Globalization.CultureInfo.InvariantCulture), request.ExpressionAttributeValues[":v4"].N);
        var versionValue = request.UpdateExpression.Split(Placeholder("Version") + " = ")[1][..3];
        Assert.Equal((loaded + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), request.ExpressionAttributeValues[versionValue].N);
        Assert.All(names.Values, n => Assert.DoesNotContain(n, request.UpdateExpression + request.ConditionExpression, StringComparison.Ordinal));
        Assert.Equal(loaded + 1, account.Version);
    }

    [Fact]
    public async Task Update_RequiresExistence_AndKeepsKeysOutOfTheExpression_WhenUnversioned()
    {
        var transfer = UowHarness.TransferFaker().Generate();
        _harness.Transfers.Update(transfer);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<UpdateItemRequest>();
        Assert.Equal(2, request.Key.Count);
        Assert.Equal("attribute_exists(#n0)", request.ConditionExpression);
        Assert.Equal("AccountId", request.ExpressionAttributeNames["#n0"]);
        Assert.DoesNotContain("TransferId", request.ExpressionAttributeNames.Values);
        Assert.Equal("SET #n1 = :v0, #n2 = :v1 REMOVE #n3", request.UpdateExpression);
    }

    [Fact]
    public async Task Delete_SendsDeleteItemRequiringLoadedVersion_AndKeepsVersion_WhenVersioned()
    {
        var account = UowHarness.AccountFaker().Generate();
        var loaded = account.Version;
        _harness.Accounts.Delete(account);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<DeleteItemRequest>();
        Assert.Equal("attribute_exists(#n0) AND #n1 = :v0", request.ConditionExpression);
        Assert.Equal("Version", request.ExpressionAttributeNames["#n1"]);
        Assert.Equal(loaded.ToString(System.Globalization.CultureInfo.InvariantCulture), request.ExpressionAttributeValues[":v0"].N);
        Assert.Equal(loaded, account.Version);
    }

    [Fact]
    public async Task Delete_RequiresExistence_WhenUnversioned()
    {
        _harness.Transfers.Delete(UowHarness.TransferFaker().Generate());

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        Assert.Equal("attribute_exists(#n0)", Single<DeleteItemRequest>().ConditionExpression);
    }

    [Fact]
    public async Task Upsert_AllowsAbsentItemOrLoadedVersion_WhenVersioned()
    {
        var account = UowHarness.AccountFaker().Generate();
        var loaded = account.Version;
        _harness.Accounts.Upsert(account);

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<PutItemRequest>();
        Assert.Equal("attribute_not_exists(#n0) OR #n1 = :v0", request.ConditionExpression);
        Assert.Equal(loaded.ToString(System.Globalization.CultureInfo.InvariantCulture), request.ExpressionAttributeValues[":v0"].N);
        Assert.Equal(loaded + 1, account.Version);
    }

    [Fact]
    public async Task Upsert_SendsUnconditionalPut_WhenUnversioned()
    {
        _harness.Transfers.Upsert(UowHarness.TransferFaker().Generate());

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<PutItemRequest>();
        Assert.Null(request.ConditionExpression);
        Assert.Null(request.ExpressionAttributeNames);
    }

    [Fact]
    public async Task SaveChangesAsync_SendsOneTransactionWithToken_WhenSeveralWritesAreStaged()
    {
        var accounts = UowHarness.AccountFaker().Generate(2);
        var versions = accounts.Select(a => a.Version).ToArray();
        _harness.Accounts.Update(accounts[0]);
        _harness.Accounts.Add(accounts[1]);
        _harness.Transfers.Delete(UowHarness.TransferFaker().Generate());

        var count = await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<TransactWriteItemsRequest>();
        Assert.Equal(3, count);
        Assert.False(string.IsNullOrEmpty(request.ClientRequestToken));
        Assert.InRange(request.ClientRequestToken.Length, 1, 36);
        Assert.NotNull(request.TransactItems[0].Update);
        Assert.NotNull(request.TransactItems[1].Put);
        Assert.NotNull(request.TransactItems[2].Delete);
        Assert.Equal("test-Transfers", request.TransactItems[2].Delete.TableName);
        Assert.Equal(ReturnValuesOnConditionCheckFailure.ALL_OLD, request.TransactItems[0].Update.ReturnValuesOnConditionCheckFailure);
        Assert.Null(request.TransactItems[1].Put.ReturnValuesOnConditionCheckFailure);
        Assert.Equal(ReturnValuesOnConditionCheckFailure.ALL_OLD, request.TransactItems[2].Delete.ReturnValuesOnConditionCheckFailure);
        Assert.Equal(versions.Select(v => v + 1), accounts.Select(a => a.Version));
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public async Task SaveChangesAsync_UsesNewToken_ForEachCommit()
    {
        var accounts = UowHarness.AccountFaker().Generate(4);
        _harness.Accounts.Add(accounts[0]);
        _harness.Accounts.Add(accounts[1]);
        await _harness.UnitOfWork.SaveChangesAsync(Token);
        _harness.Accounts.Add(accounts[2]);
        _harness.Accounts.Add(accounts[3]);
        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var tokens = _harness.Client.ReceivedCalls().Select(c => ((TransactWriteItemsRequest)c.GetArguments()[0]!).ClientRequestToken).ToList();
        Assert.Equal(2, tokens.Distinct().Count());
    }

    [Fact]
    public async Task Update_SendsConditionCheck_WhenOnlyKeysAreMapped()
    {
        _harness.Tags.Update(new Tag { Name = "blue" });

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var request = Single<TransactWriteItemsRequest>();
        var check = Assert.Single(request.TransactItems).ConditionCheck;
        Assert.Equal("attribute_exists(#n0)", check.ConditionExpression);
    }

    [Fact]
    public async Task Check_SendsConditionCheckRequiringExistenceAndThePredicate()
    {
        _harness.Accounts.Check(new EntityKey("acc-1"), a => a.Balance > 10 || a.Owner == "bank");
        _harness.Transfers.Add(UowHarness.TransferFaker().Generate());

        await _harness.UnitOfWork.SaveChangesAsync(Token);

        var check = Single<TransactWriteItemsRequest>().TransactItems[0].ConditionCheck;
        var names = check.ExpressionAttributeNames;
        string Placeholder(string attribute) => names.Single(n => n.Value == attribute).Key;
        Assert.Equal("test-Accounts", check.TableName);
        Assert.Equal("acc-1", check.Key["Id"].S);
        Assert.StartsWith($"attribute_exists({Placeholder("Id")}) AND (", check.ConditionExpression, StringComparison.Ordinal);
        Assert.Contains($"{Placeholder("balance")} > ", check.ConditionExpression, StringComparison.Ordinal);
        Assert.Contains(" OR ", check.ConditionExpression, StringComparison.Ordinal);
        Assert.Equal(2, check.ExpressionAttributeValues.Count);
    }

    [Fact]
    public void Check_ThrowsEntityMappingWhenStaged_WhenTheKeyHasTheWrongType()
    {
        Assert.Throws<EntityMappingException>(() => _harness.Accounts.Check(new EntityKey(5), a => a.Balance > 0));

        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    private T Single<T>()
    {
        var call = Assert.Single(_harness.Client.ReceivedCalls());
        return Assert.IsType<T>(call.GetArguments()[0]);
    }
}
