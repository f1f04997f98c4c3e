using System.Text.RegularExpressions;
using Amazon.DynamoDBv2.Model;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories.UnitTests.Query;

/// <summary>Renders an expression with its placeholders replaced, so assertions read like DynamoDB syntax.</summary>
internal static partial class PlanText
{
    public static string? Render(string? expression, Dictionary<string, string>? names, Dictionary<string, AttributeValue>? values)
    {
        if (expression is null)
        {
            return null;
        }

        var withNames = NamePattern().Replace(expression, m => names![m.Value]);
        return ValuePattern().Replace(withNames, m => Show(values![m.Value]));
    }

    public static string? KeyCondition(QueryPlan plan) => Render(plan.KeyCondition, plan.Names, plan.Values);

    public static string? Filter(QueryPlan plan) => Render(plan.Filter, plan.Names, plan.Values);

    public static string? Projection(QueryPlan plan) => Render(plan.Projection, plan.Names, plan.Values);

    public static string Show(AttributeValue value) =>
        value.S is not null ? $"'{value.S}'"
        : value.N is not null ? value.N
        : value.BOOL is { } flag ? (flag ? "true" : "false")
        : value.L is not null ? "[" + string.Join(",", value.L.Select(Show)) + "]"
        : "?";

    [GeneratedRegex(@"#n\d+")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@":v\d+")]
    private static partial Regex ValuePattern();
}
