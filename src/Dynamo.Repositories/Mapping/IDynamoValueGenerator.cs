namespace Dynamo.Repositories.Mapping;

/// <summary>
/// Generates key values when entities are added (<c>HasValueGenerator</c>), like EF Core's value generators. Called
/// once per added entity whose key still holds its default; must be thread-safe (one instance serves the application).
/// </summary>
/// <typeparam name="TValue">The generated type: the key property's type, or the type a wrapped key stores.</typeparam>
public interface IDynamoValueGenerator<TValue>
{
    /// <summary>Produces the next value.</summary>
    /// <param name="cancellationToken">Cancels the generation.</param>
    /// <returns>The value.</returns>
    ValueTask<TValue> NextAsync(CancellationToken cancellationToken);
}
