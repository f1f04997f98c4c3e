namespace Dynamo.Repositories.Testing.InMemory.Expressions;

/// <summary>One step of a document path: a map key (attribute name) or a list index.</summary>
/// <param name="Name">The attribute or map key, or null for a list index.</param>
/// <param name="Index">The list index, when <paramref name="Name"/> is null.</param>
internal readonly record struct PathElement(string? Name, int Index)
{
    /// <inheritdoc/>
    public override string ToString() => Name ?? $"[{Index}]";
}
