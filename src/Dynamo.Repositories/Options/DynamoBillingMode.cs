namespace Dynamo.Repositories.Options;

/// <summary>How tables created by the library are billed.</summary>
public enum DynamoBillingMode
{
    /// <summary>On-demand capacity.</summary>
    PayPerRequest,

    /// <summary>Provisioned capacity, with the options' read and write capacity units.</summary>
    Provisioned,
}
