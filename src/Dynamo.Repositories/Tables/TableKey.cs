namespace Dynamo.Repositories.Tables;

/// <summary>A key attribute of a table or index: its attribute name and scalar type (<c>S</c>, <c>N</c> or <c>B</c>).</summary>
internal sealed record TableKey(string AttributeName, string AttributeType);
