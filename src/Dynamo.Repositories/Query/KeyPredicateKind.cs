namespace Dynamo.Repositories.Query;

/// <summary>The shapes of condition a key condition expression can hold.</summary>
internal enum KeyPredicateKind
{
    /// <summary><c>key = value</c>.</summary>
    Equal,

    /// <summary><c>key &lt; value</c>.</summary>
    LessThan,

    /// <summary><c>key &lt;= value</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>key &gt; value</c>.</summary>
    GreaterThan,

    /// <summary><c>key &gt;= value</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>begins_with(key, value)</c>.</summary>
    BeginsWith,
}
