using Amazon.DynamoDBv2.Model;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkStagingTests
{
    private readonly UowHarness _harness = new();

    [Fact]
    public void Stage_CountsPendingWrites_WhenWritesAreStaged()
    {
        var accounts = UowHarness.AccountFaker().Generate(3);

        _harness.Accounts.Add(accounts[0]);
        _harness.Accounts.Update(accounts[1]);
        _harness.Accounts.Delete(accounts[2]);

        Assert.Equal(3, _harness.UnitOfWork.PendingCount);
        Assert.Equal(
            [StagedWriteKind.Add, StagedWriteKind.Update, StagedWriteKind.Delete],
            _harness.UnitOfWork.Staged.Select(s => s.Kind));
    }

    [Fact]
    public async Task Add_ThenUpdate_FoldsIntoOneAddOfTheLatestState()
    {
        var account = UowHarness.AccountFaker().Generate();
        _harness.Accounts.Add(account);
        account.Owner = "changed after add";
        _harness.Accounts.Update(account);

        await _harness.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken);

        var request = (PutItemRequest)_harness.Client.ReceivedCalls().Single().GetArguments()[0]!;
        Assert.Equal("changed after add", request.Item["Owner"].S);
        Assert.Equal("attribute_not_exists(#n0)", request.ConditionExpression);
    }

    [Theory]
    [InlineData(StagedWriteKind.Update, StagedWriteKind.Update, StagedWriteKind.Update)]
    [InlineData(StagedWriteKind.Update, StagedWriteKind.Delete, StagedWriteKind.Delete)]
    [InlineData(StagedWriteKind.Upsert, StagedWriteKind.Update, StagedWriteKind.Upsert)]
    [InlineData(StagedWriteKind.Upsert, StagedWriteKind.Upsert, StagedWriteKind.Upsert)]
    [InlineData(StagedWriteKind.Add, StagedWriteKind.Upsert, StagedWriteKind.Add)]
    [InlineData(StagedWriteKind.Delete, StagedWriteKind.Delete, StagedWriteKind.Delete)]
    public void Stage_FoldsIntoOneWrite_WhenTheMeaningIsClear(StagedWriteKind first, StagedWriteKind second, StagedWriteKind expected)
    {
        var account = UowHarness.AccountFaker().Generate();

        Stage(first, account);
        Stage(second, account);

        var staged = Assert.Single(_harness.UnitOfWork.Staged);
        Assert.Equal(expected, staged.Kind);
    }

    [Fact]
    public void Add_ThenDelete_CancelsOut()
    {
        var account = UowHarness.AccountFaker().Generate();

        _harness.Accounts.Add(account);
        _harness.Accounts.Delete(account);

        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Theory]
    [InlineData(StagedWriteKind.Update, StagedWriteKind.Add)]
    [InlineData(StagedWriteKind.Delete, StagedWriteKind.Add)]
    [InlineData(StagedWriteKind.Delete, StagedWriteKind.Update)]
    [InlineData(StagedWriteKind.Upsert, StagedWriteKind.Delete)]
    [InlineData(StagedWriteKind.Add, StagedWriteKind.Add)]
    public void Stage_ThrowsDuplicateWrite_WhenTheCombinationIsAmbiguous(StagedWriteKind first, StagedWriteKind second)
    {
        var account = UowHarness.AccountFaker().Generate();
        Stage(first, account);

        var error = Assert.Throws<DuplicateWriteException>(() => Stage(second, account));

        Assert.Equal(typeof(Account), error.EntityType);
        Assert.Equal($"({account.Id})", error.Key);
        Assert.Contains(first.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public void Add_ThrowsEntityMapping_WhenTheSortKeyIsNull()
    {
        var transfer = UowHarness.TransferFaker().Generate();
        transfer.TransferId = null!;

        var error = Assert.Throws<EntityMappingException>(() => _harness.Transfers.Add(transfer));

        Assert.Equal(nameof(Transfer.TransferId), error.PropertyName);
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public void DiscardChanges_ClearsStagedWrites_WithoutSending()
    {
        _harness.Accounts.Add(UowHarness.AccountFaker().Generate());

        _harness.UnitOfWork.DiscardChanges();

        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public void Dispose_LogsWarningWithCount_WhenWritesAreUnsaved()
    {
        foreach (var account in UowHarness.AccountFaker().Generate(2))
        {
            _harness.Accounts.Add(account);
        }

        _harness.UnitOfWork.Dispose();

        var entry = Assert.Single(_harness.Logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("2 unsaved", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_LogsNothing_WhenNothingIsStaged()
    {
        _harness.UnitOfWork.Dispose();

        Assert.Empty(_harness.Logger.Entries);
    }

    [Fact]
    public async Task SaveChangesAsync_SendsNothing_WhenNothingIsStaged()
    {
        var count = await _harness.UnitOfWork.SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, count);
        Assert.Equal(0, _harness.CallCount());
    }

    private void Stage(StagedWriteKind kind, Account account)
    {
        switch (kind)
        {
            case StagedWriteKind.Add: _harness.Accounts.Add(account); break;
            case StagedWriteKind.Update: _harness.Accounts.Update(account); break;
            case StagedWriteKind.Upsert: _harness.Accounts.Upsert(account); break;
            case StagedWriteKind.Delete: _harness.Accounts.Delete(account); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
