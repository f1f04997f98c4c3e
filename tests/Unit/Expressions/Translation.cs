using System.Linq.Expressions;
using Dynamo.Repositories.Expressions;
using Dynamo.Repositories.Mapping;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Tests.Model;
using Dynamo.Repositories.UnitTests.Query;

namespace Dynamo.Repositories.UnitTests.Expressions;

/// <summary>Translates predicates over the test entities and renders them with their placeholders replaced.</summary>
internal static class Translation
{
    private static readonly Lazy<EntityMetadata<Wallet>> WalletModel =
        new(() => EntityModelBuilder.Build([new WalletConfiguration()]).Get<Wallet>());

    public static EntityMetadata<Wallet> Wallets => WalletModel.Value;

    public static string Render<T>(EntityMetadata<T> entity, Expression<Func<T, bool>> predicate)
        where T : class
    {
        var attributes = new ExpressionAttributes();
        var text = PredicateTranslator.Translate(entity, predicate, attributes);
        return PlanText.Render(text, attributes.Names, attributes.Values)!;
    }

    public static string OfOrder(Expression<Func<Order, bool>> predicate) => Render(QueryModel.Orders, predicate);

    public static string OfWallet(Expression<Func<Wallet, bool>> predicate) => Render(Wallets, predicate);

    public static UnsupportedSpecificationException OrderFails(Expression<Func<Order, bool>> predicate) =>
        Xunit.Assert.Throws<UnsupportedSpecificationException>(() => OfOrder(predicate));

    public static UnsupportedSpecificationException WalletFails(Expression<Func<Wallet, bool>> predicate) =>
        Xunit.Assert.Throws<UnsupportedSpecificationException>(() => OfWallet(predicate));

    /// <summary>Builds <c>o =&gt; body(o)</c> by hand, for shapes the C# compiler folds or refuses.</summary>
    public static Expression<Func<Order, bool>> Built(Func<ParameterExpression, Expression> body)
    {
        var parameter = Expression.Parameter(typeof(Order), "o");
        return Expression.Lambda<Func<Order, bool>>(body(parameter), parameter);
    }
}
