using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Harness;
using Microsoft.Extensions.Logging;
using NSubstitute;
using Xunit;

namespace Dynamo.Repositories.UnitTests.UnitOfWork;

public sealed class DynamoUnitOfWorkStagingTests
{
    private readonly RepositoryHarness _harness = new();

    [Fact]
    public void Stage_CountsPendingWrites_WhenWritesAreStaged()
    {
        var wallets = RepositoryHarness.WalletFaker().Generate(3);

        _harness.Wallets.Add(wallets[0]);
        _harness.Wallets.Update(wallets[1]);
        _harness.Wallets.Delete(wallets[2]);

        Assert.Equal(3, _harness.UnitOfWork.PendingCount);
        Assert.Equal(
            [StagedWriteKind.Add, StagedWriteKind.Update, StagedWriteKind.Delete],
            _harness.UnitOfWork.Staged.Select(s => s.Kind));
    }

    [Fact]
    public async Task Add_ThenUpdate_FoldsIntoOneAddOfTheLatestState()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();
        _harness.Wallets.Add(wallet);
        wallet.Owner = "changed after add";
        _harness.Wallets.Update(wallet);

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
        var wallet = RepositoryHarness.WalletFaker().Generate();

        Stage(first, wallet);
        Stage(second, wallet);

        var staged = Assert.Single(_harness.UnitOfWork.Staged);
        Assert.Equal(expected, staged.Kind);
    }

    [Fact]
    public void Add_ThenDelete_CancelsOut()
    {
        var wallet = RepositoryHarness.WalletFaker().Generate();

        _harness.Wallets.Add(wallet);
        _harness.Wallets.Delete(wallet);

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
        var wallet = RepositoryHarness.WalletFaker().Generate();
        Stage(first, wallet);

        var error = Assert.Throws<DuplicateWriteException>(() => Stage(second, wallet));

        Assert.Equal(typeof(Wallet), error.EntityType);
        Assert.Equal($"({wallet.Id})", error.Key);
        Assert.Contains(first.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public void Add_ThrowsEntityMapping_WhenTheSortKeyIsNull()
    {
        var entry = RepositoryHarness.EntryFaker().Generate();
        entry.EntryId = null!;

        var error = Assert.Throws<EntityMappingException>(() => _harness.Ledger.Add(entry));

        Assert.Equal(nameof(LedgerEntry.EntryId), error.PropertyName);
        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
    }

    [Fact]
    public void DiscardChanges_ClearsStagedWrites_WithoutSending()
    {
        _harness.Wallets.Add(RepositoryHarness.WalletFaker().Generate());

        _harness.UnitOfWork.DiscardChanges();

        Assert.Equal(0, _harness.UnitOfWork.PendingCount);
        Assert.Equal(0, _harness.CallCount());
    }

    [Fact]
    public void Dispose_LogsWarningWithCount_WhenWritesAreUnsaved()
    {
        foreach (var wallet in RepositoryHarness.WalletFaker().Generate(2))
        {
            _harness.Wallets.Add(wallet);
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

    private void Stage(StagedWriteKind kind, Wallet wallet)
    {
        switch (kind)
        {
            case StagedWriteKind.Add: _harness.Wallets.Add(wallet); break;
            case StagedWriteKind.Update: _harness.Wallets.Update(wallet); break;
            case StagedWriteKind.Upsert: _harness.Wallets.Upsert(wallet); break;
            case StagedWriteKind.Delete: _harness.Wallets.Delete(wallet); break;
            default: throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }
}
