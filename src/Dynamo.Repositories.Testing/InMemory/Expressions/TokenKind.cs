namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>The kinds of token of DynamoDB's expression language.</summary>
internal enum TokenKind
{
    /// <summary>A word: an attribute name, a keyword or a function name.</summary>
    Word,

    /// <summary>An attribute name placeholder, <c>#name</c>.</summary>
    NamePlaceholder,

    /// <summary>A value placeholder, <c>:value</c>.</summary>
    ValuePlaceholder,

    /// <summary>A list index, the digits between brackets.</summary>
    Number,

    /// <summary>Punctuation or an operator: <c>( ) [ ] , . = &lt;&gt; &lt; &lt;= &gt; &gt;= + -</c>.</summary>
    Symbol,

    /// <summary>The end of the expression.</summary>
    End,
}
