using System.Linq.Expressions;
using System.Reflection;

namespace Dynamo.Repositories.Mapping;

/// <summary>Configures how <typeparamref name="T"/> maps to a DynamoDB table, in the style of EF Core's entity type builder.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class DynamoEntityBuilder<T>
    where T : class
{
    internal DynamoEntityBuilder()
    {
    }

    internal EntityDefinition Definition { get; } = new(typeof(T));

    /// <summary>Sets the logical table name; the physical name adds the options' table prefix and suffix. Defaults to the type name.</summary>
    /// <param name="tableName">The logical table name.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> ToTable(string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        Definition.TableName = tableName;
        return this;
    }

    /// <summary>Sets the partition key (hash key) of the table.</summary>
    /// <typeparam name="TKey">The key property type (string, number, Guid, enum, dates or byte[]).</typeparam>
    /// <param name="property">The property, e.g. <c>o =&gt; o.CustomerId</c>.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> HasPartitionKey<TKey>(Expression<Func<T, TKey>> property)
    {
        Definition.PartitionKey = MemberOf(property);
        return this;
    }

    /// <summary>Sets the sort key (range key) of the table.</summary>
    /// <typeparam name="TKey">The key property type.</typeparam>
    /// <param name="property">The property, e.g. <c>o =&gt; o.OrderId</c>.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> HasSortKey<TKey>(Expression<Func<T, TKey>> property)
    {
        Definition.SortKey = MemberOf(property);
        return this;
    }

    /// <summary>
    /// Sets the integral version property used for optimistic concurrency: adds require the key to be absent, updates
    /// and deletes require the stored version to equal the loaded one, and a successful write increments it.
    /// </summary>
    /// <typeparam name="TVersion">An integral type (int or long, nullable allowed).</typeparam>
    /// <param name="property">The version property.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> HasVersion<TVersion>(Expression<Func<T, TVersion>> property)
    {
        Definition.Version = MemberOf(property);
        return this;
    }

    /// <summary>Sets the time-to-live property (DateTime, DateTimeOffset or epoch seconds as long), stored as epoch seconds.</summary>
    /// <typeparam name="TTtl">The property type.</typeparam>
    /// <param name="property">The expiry property.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> HasTimeToLive<TTtl>(Expression<Func<T, TTtl>> property)
    {
        Definition.TimeToLive = MemberOf(property);
        return this;
    }

    /// <summary>
    /// Says where the entity keeps the domain events it raises and how to clear them, without touching the domain:
    /// after a successful commit the events go to the <see cref="IDomainEventDispatcher"/> (and, with the outbox on, into
    /// the same transaction as outbox records), then are cleared. Overrides a model-wide declaration for a base type.
    /// </summary>
    /// <param name="events">Reads the events, e.g. <c>e =&gt; e.DomainEvents</c>.</param>
    /// <param name="clear">Clears them, e.g. <c>e =&gt; e.ClearDomainEvents()</c>.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> HasDomainEvents(Func<T, IEnumerable<object>> events, Action<T> clear)
    {
        Definition.DomainEvents = Metadata.DomainEventAccessor.Of(events, clear, typeof(T).Name + "'s configuration");
        return this;
    }

    /// <summary>Configures one property: its attribute name or its converter.</summary>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="property">The property.</param>
    /// <returns>A builder for the property.</returns>
    public DynamoPropertyBuilder<TProperty> Property<TProperty>(Expression<Func<T, TProperty>> property)
    {
        return PropertyOf<TProperty>(MemberOf(property));
    }

    private DynamoPropertyBuilder<TProperty> PropertyOf<TProperty>(MemberInfo member)
    {
        if (!Definition.Properties.TryGetValue(member.Name, out var definition))
        {
            definition = new PropertyDefinition(member);
            Definition.Properties[member.Name] = definition;
        }

        return new DynamoPropertyBuilder<TProperty>(definition);
    }

    /// <summary>
    /// Configures a member by name: a property, or a field of any accessibility (declared here or in a base class), so
    /// that state the domain keeps only in a private field is mapped too, as EF Core's <c>Property&lt;T&gt;("name")</c>.
    /// The attribute name is the member name unless renamed.
    /// </summary>
    /// <typeparam name="TProperty">The member type.</typeparam>
    /// <param name="memberName">The property or field name.</param>
    /// <returns>A builder for the member.</returns>
    public DynamoPropertyBuilder<TProperty> Property<TProperty>(string memberName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memberName);
        MemberInfo member = typeof(T).GetProperty(memberName, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? (MemberInfo?)MemberAccess.FindField(typeof(T), memberName)
            ?? throw new EntityConfigurationException(
                $"{typeof(T).Name} has no property or field named '{memberName}'. Name an instance property or field of {typeof(T).Name} or of a base class.", typeof(T), memberName);
        if (MemberAccess.TypeOf(member) != typeof(TProperty))
        {
            throw new EntityConfigurationException(
                $"{typeof(T).Name}.{memberName} is a {ConverterFactory.Describe(MemberAccess.TypeOf(member))}, not a {ConverterFactory.Describe(typeof(TProperty))}. Use Property<{ConverterFactory.Describe(MemberAccess.TypeOf(member))}>(\"{memberName}\").",
                typeof(T),
                memberName);
        }

        return PropertyOf<TProperty>(member);
    }

    /// <summary>Leaves a property out of the mapping: it is neither written nor read.</summary>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="property">The property.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> Ignore<TProperty>(Expression<Func<T, TProperty>> property)
    {
        Definition.Ignored.Add(MemberOf(property).Name);
        return this;
    }

    /// <summary>Declares a global secondary index with a partition key only (projection: all attributes).</summary>
    /// <typeparam name="TPartition">The index partition key type.</typeparam>
    /// <param name="indexName">The index name.</param>
    /// <param name="partitionKey">The index partition key property.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> HasGlobalIndex<TPartition>(string indexName, Expression<Func<T, TPartition>> partitionKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexName);
        Definition.Indexes.Add(new IndexDefinition(indexName, true, MemberOf(partitionKey), null));
        return this;
    }

    /// <summary>Declares a global secondary index with a partition and a sort key (projection: all attributes).</summary>
    /// <typeparam name="TPartition">The index partition key type.</typeparam>
    /// <typeparam name="TSort">The index sort key type.</typeparam>
    /// <param name="indexName">The index name.</param>
    /// <param name="partitionKey">The index partition key property.</param>
    /// <param name="sortKey">The index sort key property.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> HasGlobalIndex<TPartition, TSort>(string indexName, Expression<Func<T, TPartition>> partitionKey, Expression<Func<T, TSort>> sortKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexName);
        Definition.Indexes.Add(new IndexDefinition(indexName, true, MemberOf(partitionKey), MemberOf(sortKey)));
        return this;
    }

    /// <summary>Declares a local secondary index: the table's partition key with another sort key (projection: all attributes).</summary>
    /// <typeparam name="TSort">The index sort key type.</typeparam>
    /// <param name="indexName">The index name.</param>
    /// <param name="sortKey">The index sort key property.</param>
    /// <returns>This builder.</returns>
    public DynamoEntityBuilder<T> HasLocalIndex<TSort>(string indexName, Expression<Func<T, TSort>> sortKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexName);
        Definition.Indexes.Add(new IndexDefinition(indexName, false, null, MemberOf(sortKey)));
        return this;
    }

    private static MemberInfo MemberOf<TProperty>(Expression<Func<T, TProperty>> expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        if (body is MemberExpression { Member: PropertyInfo or FieldInfo } member && member.Expression == expression.Parameters[0])
        {
            return member.Member;
        }

        throw new EntityConfigurationException(
            $"{typeof(T).Name}: '{expression}' must select a property of {typeof(T).Name} directly, e.g. x => x.Id.", typeof(T));
    }
}
