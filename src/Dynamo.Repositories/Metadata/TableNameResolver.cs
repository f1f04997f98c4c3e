using Dynamo.Repositories.Options;

namespace Dynamo.Repositories.Metadata;

/// <summary>Turns a logical table name into the physical one: the options' prefix, the name, the options' suffix.</summary>
internal sealed class TableNameResolver(DynamoRepositoryOptions options)
{
    /// <summary>Resolves the physical table name of an entity.</summary>
    public string Resolve(EntityMetadata metadata) => Resolve(metadata.TableName);

    /// <summary>Resolves a physical table name.</summary>
    public string Resolve(string logicalName) => string.Concat(options.TablePrefix, logicalName, options.TableSuffix);
}
