using Dynamo.Repositories.Mapping;
using Microsoft.Extensions.Options;

namespace Dynamo.Repositories.IntegrationTests.Options;

public sealed class Parcel
{
    public string Id { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;

    public long Version { get; set; }
}

/// <summary>Lets a test break <see cref="ParcelConfiguration"/> on purpose; off by default, so scanning this assembly stays safe.</summary>
public sealed class ParcelConfigurationSwitch
{
    public bool VersionOnLabel { get; set; }
}

/// <summary>A configuration with a dependency: valid unless the switch maps the version to a string property.</summary>
internal sealed class ParcelConfiguration(IOptions<ParcelConfigurationSwitch> options) : IDynamoEntityConfiguration<Parcel>
{
    public void Configure(DynamoEntityBuilder<Parcel> builder)
    {
        builder.ToTable("OptionsParcels");
        builder.HasPartitionKey(p => p.Id);
        if (options.Value.VersionOnLabel)
        {
            builder.HasVersion(p => p.Label);
        }
        else
        {
            builder.HasVersion(p => p.Version);
        }
    }
}
