using Amazon.DynamoDBv2.Model;

namespace Dynamo.Repositories.Testing.InMemory;

/// <summary>The DynamoDB data type of an attribute value, as <c>attribute_type</c> names it (S, N, B, BOOL, NULL, SS, NS, BS, L, M).</summary>
internal static class AttributeKind
{
    /// <summary>Returns the type name of a value (SDK v4: unset collections are null).</summary>
    public static string Of(AttributeValue value) =>
        value.S is not null ? "S"
        : value.N is not null ? "N"
        : value.B is not null ? "B"
        : value.SS is not null ? "SS"
        : value.NS is not null ? "NS"
        : value.BS is not null ? "BS"
        : value.M is not null ? "M"
        : value.L is not null ? "L"
        : value.NULL is true ? "NULL"
        : value.BOOL is not null ? "BOOL"
        : "?";

    /// <summary>Returns whether the value is a set (SS, NS or BS).</summary>
    public static bool IsSet(AttributeValue value) => value.SS is not null || value.NS is not null || value.BS is not null;

    /// <summary>Returns whether the value is a scalar DynamoDB can order (S, N or B).</summary>
    public static bool IsOrdered(string kind) => kind is "S" or "N" or "B";
}
