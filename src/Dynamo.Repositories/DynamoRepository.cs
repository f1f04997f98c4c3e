using Amazon.DynamoDBv2;
using Dynamo.Repositories.Metadata;
using Dynamo.Repositories.Options;

namespace Dynamo.Repositories;

/// <summary>
/// The repository of <typeparamref name="T"/> over its DynamoDB table. Public, with virtual members, so that
/// custom repositories (<c>OrderRepository : DynamoRepository&lt;Order&gt;, IOrderRepository</c>) can extend it.
/// </summary>
/// <typeparam name="T">The entity type, mapped by an entity configuration.</typeparam>
public partial class DynamoRepository<T> : IDynamoRepository<T>
    where T : class
{
    /// <summary>Initializes a new instance of the <see cref="DynamoRepository{T}"/> class.</summary>
    /// <param name="context">The scope's DynamoDB context (client, options, metadata and unit of work).</param>
    public DynamoRepository(DynamoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Context = context;
        Metadata = context.Model.Get<T>();
        TableName = context.TableNames.Resolve(Metadata);
    }

    /// <summary>Gets the scope's DynamoDB context.</summary>
    protected DynamoContext Context { get; }

    /// <inheritdoc/>
    public IUnitOfWork UnitOfWork => Context.UnitOfWork;

    /// <summary>Gets the low-level client, for custom repositories that issue their own requests.</summary>
    protected IAmazonDynamoDB Client => Context.Client;

    /// <inheritdoc/>
    public string TableName { get; }

    internal EntityMetadata<T> Metadata { get; }

    internal DynamoRepositoryOptions Options => Context.Options;
}
