namespace Dynamo.Repositories.Mapping;

/// <summary>Configures one mapped property.</summary>
/// <typeparam name="TProperty">The property type.</typeparam>
public sealed class DynamoPropertyBuilder<TProperty>
{
    private readonly PropertyDefinition _definition;

    internal DynamoPropertyBuilder(PropertyDefinition definition) => _definition = definition;

    /// <summary>Stores the property under another attribute name.</summary>
    /// <param name="attributeName">The DynamoDB attribute name.</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasAttributeName(string attributeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(attributeName);
        _definition.AttributeName = attributeName;
        return this;
    }

    /// <summary>
    /// Reads and writes the property through a field (any accessibility, declared here or in a base class), as EF Core's
    /// <c>HasField</c>: e.g. <c>Property(x =&gt; x.Items).HasField("_items")</c> for a get-only collection over a private list.
    /// Without it, a get-only property uses a field named by convention (<c>_items</c>, <c>_Items</c>, <c>m_items</c>, <c>m_Items</c>, <c>items</c>).
    /// </summary>
    /// <param name="fieldName">The field name.</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasField(string fieldName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fieldName);
        _definition.FieldName = fieldName;
        return this;
    }

    /// <summary>
    /// Lets a decimal property read a stored number with more significant digits or decimal places than decimal holds
    /// (DynamoDB keeps 38, e.g. written by another client) by rounding it. Without it, such a number is an
    /// <see cref="EntityMappingException"/> naming the property, never a silent rounding.
    /// </summary>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> AllowRounding()
    {
        _definition.AllowRounding = true;
        return this;
    }

    /// <summary>
    /// Generates the key when the entity is added (staged), if it still holds its default (0, <c>Guid.Empty</c>, null,
    /// an empty string, an uninitialized wrapper), so the caller sees it before the commit. The generator follows the
    /// stored type: a time-ordered Guid v7 for Guid, a sortable unique string for string, a hi-lo sequence (one
    /// DynamoDB counter item per entity) for integers, wrapped keys included.
    /// </summary>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> ValueGeneratedOnAdd()
    {
        _definition.Generator = new(Metadata.KeyGeneratorKind.Automatic);
        return this;
    }

    /// <summary>
    /// Generates an integer key from a hi-lo sequence kept in a counter item of the sequences table (created by the
    /// table manager): one <c>UpdateItem ADD</c> reserves <paramref name="blockSize"/> values, handed out in memory, so
    /// ids are unique across processes and mostly increasing; a process that stops loses the rest of its block.
    /// </summary>
    /// <param name="sequenceName">The sequence (counter item) name; defaults to the entity type name.</param>
    /// <param name="blockSize">How many values one reservation takes (at least 1).</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasSequence(string? sequenceName = null, int blockSize = 100)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        _definition.Generator = new(Metadata.KeyGeneratorKind.Sequence, sequenceName, blockSize);
        return this;
    }

    /// <summary>Generates the key with the application's generator when the entity is added (see <see cref="ValueGeneratedOnAdd"/>).</summary>
    /// <typeparam name="TValue">The generated type: the property's type or, for a wrapped key, the type it stores.</typeparam>
    /// <param name="generator">The generator (one instance serves every add; it must be thread-safe).</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasValueGenerator<TValue>(IDynamoValueGenerator<TValue> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _definition.Generator = new(
            Metadata.KeyGeneratorKind.Custom,
            Custom: async cancellationToken => await generator.NextAsync(cancellationToken).ConfigureAwait(false),
            CustomType: typeof(TValue));
        return this;
    }

    /// <summary>Converts the property with a custom converter instead of the built-in ones.</summary>
    /// <param name="converter">The converter.</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasConverter(DynamoConverter<TProperty> converter)
    {
        _definition.Conversion = ValueConversion.Of(converter);
        return this;
    }

    /// <summary>
    /// Stores the property as another type through two lambdas, as EF Core's <c>HasConversion</c>: e.g.
    /// <c>HasConversion(v =&gt; v.Value, s =&gt; ContributorName.From(s))</c>. The stored type keeps its own DynamoDB
    /// type (S, N or B), so a converted property can be a key. Takes precedence over every convention.
    /// </summary>
    /// <typeparam name="TProvider">The stored type (a string, number, Guid, date, enum or byte[]).</typeparam>
    /// <param name="toProvider">From the property value to the stored value.</param>
    /// <param name="fromProvider">From the stored value back to the property value.</param>
    /// <returns>This builder.</returns>
    public DynamoPropertyBuilder<TProperty> HasConversion<TProvider>(
        System.Linq.Expressions.Expression<Func<TProperty, TProvider>> toProvider, System.Linq.Expressions.Expression<Func<TProvider, TProperty>> fromProvider)
    {
        _definition.Conversion = ValueConversion.Of(toProvider, fromProvider);
        return this;
    }
}
