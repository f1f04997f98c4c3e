using Xunit;

namespace Dynamo.Repositories.UnitTests.Writes;

/// <summary>
/// An entity with more than 64 non-key attributes: its update expressions are composed for each write (no cache key
/// holds every attribute), so shapes that differ only beyond the 64th attribute never share an expression.
/// </summary>
public sealed class WideUpdateExpressionTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Update_SetsThenRemovesTheLastAttributes_WhenOnlyAttributesBeyondThe64thDiffer()
    {
        var (client, context) = SingleEntityContext.Create(new WideConfiguration());
        var wides = new DynamoRepository<Wide>(context);

        wides.Update(new Wide { Id = "a", P00 = "x", P64 = "y", P65 = "z" });
        await context.UnitOfWork.SaveChangesAsync(Token);
        wides.Update(new Wide { Id = "b", P00 = "x" });
        await context.UnitOfWork.SaveChangesAsync(Token);
        wides.Update(new Wide { Id = "c", P00 = "x", P65 = "z" });
        await context.UnitOfWork.SaveChangesAsync(Token);

        var expressions = SingleEntityContext.UpdateExpressions(client);
        Assert.Equal(3, expressions.Count);
        Assert.StartsWith("SET P00 = ?, P64 = ?, P65 = ? REMOVE P01, ", expressions[0], StringComparison.Ordinal);
        Assert.EndsWith(", P63", expressions[0], StringComparison.Ordinal);
        Assert.StartsWith("SET P00 = ? REMOVE P01, ", expressions[1], StringComparison.Ordinal);
        Assert.EndsWith(", P63, P64, P65", expressions[1], StringComparison.Ordinal);
        Assert.StartsWith("SET P00 = ?, P65 = ? REMOVE P01, ", expressions[2], StringComparison.Ordinal);
        Assert.EndsWith(", P63, P64", expressions[2], StringComparison.Ordinal);
    }
}
