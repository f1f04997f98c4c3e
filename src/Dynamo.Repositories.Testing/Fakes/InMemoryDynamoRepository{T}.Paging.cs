using System.Globalization;
using System.Text;
using Ardalis.Specification;
using Dynamo.Repositories.Query;

namespace Dynamo.Repositories.Testing.Fakes;

// Pages over the in-memory results with opaque continuation tokens bound to the specification's plan.
public partial class InMemoryDynamoRepository<T>
{
    private const string TokenPrefix = "inmemory";

    /// <inheritdoc/>
    public virtual Task<Page<T>> PageAsync(ISpecification<T> specification, int pageSize, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(specification);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var plan = QueryPlanner<T>.Plan(Metadata, specification, Store.Options, Store.TableName(Metadata));
        RejectPostProcessing(specification, nameof(PageAsync));
        var offset = continuationToken is null ? 0 : Decode(plan, continuationToken);
        var all = InMemoryQuery.Run(Metadata, plan, Store.Items(Metadata), specification);
        var items = all.Skip(offset).Take(pageSize).ToList();
        var next = offset + items.Count;
        var token = next < all.Count ? Encode(plan, next) : null;
        return Task.FromResult(new Page<T>(items, token));
    }

    private static string Encode(QueryPlan plan, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{TokenPrefix}|{offset}|{plan.Signature}")));

    private int Decode(QueryPlan plan, string token)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException ex)
        {
            throw Invalid("it is not a token returned by PageAsync (not base64)", ex);
        }

        var parts = text.Split('|', 3);
        if (parts.Length != 3 || parts[0] != TokenPrefix
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw Invalid("its content is malformed", null);
        }

        return parts[2] == plan.Signature ? offset : throw Invalid("it was issued for another specification or another request, or it was edited", null);
    }

    private InvalidContinuationTokenException Invalid(string reason, Exception? inner) =>
        new($"{Metadata.DisplayName}: the continuation token cannot be used because {reason}. Pass the token of the previous page of the same specification unchanged, or null to start from the first page.",
            typeof(T),
            inner);
}
