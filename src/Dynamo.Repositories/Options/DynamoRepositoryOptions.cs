namespace Dynamo.Repositories.Options;

/// <summary>
/// The connection and the shared table settings of every repository in a container, bound from one configuration
/// section (conventionally <c>"DynamoDb"</c>) and validated at start-up.
/// </summary>
public sealed class DynamoRepositoryOptions
{
    /// <summary>The conventional configuration section name, <c>"DynamoDb"</c>.</summary>
    public const string DefaultSectionName = "DynamoDb";

    /// <summary>Gets or sets the endpoint to use instead of the region's, e.g. <c>http://localhost:8000</c> for DynamoDB Local. Key: <c>ServiceUrl</c>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Gets or sets the AWS region system name, e.g. <c>eu-west-1</c>. Defaults to the SDK's region chain (or <c>us-east-1</c> with a local <see cref="ServiceUrl"/>). Key: <c>Region</c>.</summary>
    public string? Region { get; set; }

    /// <summary>Gets or sets the timeout of one HTTP request. Default: 10 seconds. Key: <c>Timeout</c> (e.g. <c>"00:00:10"</c>).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how many times the SDK retries a failed request. Default: 3. Key: <c>MaxRetryAttempts</c>.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the SDK retry mode. Default: <see cref="DynamoRetryMode.Standard"/>. Key: <c>RetryMode</c>.</summary>
    public DynamoRetryMode RetryMode { get; set; } = DynamoRetryMode.Standard;

    /// <summary>Gets or sets the prefix of every physical table name, e.g. <c>"dev-"</c>. Default: empty. Key: <c>TablePrefix</c>.</summary>
    public string TablePrefix { get; set; } = string.Empty;

    /// <summary>Gets or sets the suffix of every physical table name, e.g. <c>"-staging"</c>. Default: empty. Key: <c>TableSuffix</c>.</summary>
    public string TableSuffix { get; set; } = string.Empty;

    /// <summary>Gets or sets the billing mode of the tables the library creates. Default: <see cref="DynamoBillingMode.PayPerRequest"/>. Key: <c>BillingMode</c>.</summary>
    public DynamoBillingMode BillingMode { get; set; } = DynamoBillingMode.PayPerRequest;

    /// <summary>Gets or sets the read capacity units of created tables and global indexes in provisioned mode. Default: 5. Key: <c>ReadCapacityUnits</c>.</summary>
    public long ReadCapacityUnits { get; set; } = 5;

    /// <summary>Gets or sets the write capacity units of created tables and global indexes in provisioned mode. Default: 5. Key: <c>WriteCapacityUnits</c>.</summary>
    public long WriteCapacityUnits { get; set; } = 5;

    /// <summary>Gets or sets a value indicating whether reads are strongly consistent unless a specification says otherwise. Default: false. Key: <c>ConsistentReads</c>.</summary>
    public bool ConsistentReads { get; set; }

    /// <summary>Gets or sets a value indicating whether specifications without a partition key may scan the table. Default: false. Key: <c>AllowScans</c>.</summary>
    public bool AllowScans { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether a specification's Skip is applied by reading and discarding the skipped
    /// items (they are read and paid for: read capacity and latency grow with the number skipped). Default: false,
    /// Skip is refused. Key: <c>AllowSkip</c>.
    /// </summary>
    public bool AllowSkip { get; set; }

    /// <summary>Gets or sets a value indicating whether the tables of every configured entity are created (and awaited) at start-up, for development. Default: false. Key: <c>CreateTablesOnStartup</c>.</summary>
    public bool CreateTablesOnStartup { get; set; }

    /// <summary>
    /// Gets or sets how many times the library itself retries what the AWS SDK does not: a commit canceled by a
    /// transaction conflict (or a transaction in progress), resent with the same ClientRequestToken, and unprocessed
    /// keys or items of batch reads and bulk writes (retries without progress). Throttling, server and transport
    /// errors of one request are the SDK's to retry (<see cref="MaxRetryAttempts"/>), never retried again here.
    /// Default: 3. Key: <c>CommitRetryAttempts</c>.
    /// </summary>
    public int CommitRetryAttempts { get; set; } = 3;

    /// <summary>
    /// Gets or sets whether reads and writes ask DynamoDB for the capacity they consumed, reported on spans
    /// (<c>aws.dynamodb.consumed_capacity</c>) and in the consumed read and write capacity metrics by table and index.
    /// Default: <see cref="DynamoConsumedCapacity.None"/> (nothing asked, nothing reported). Key: <c>ReturnConsumedCapacity</c>.
    /// </summary>
    public DynamoConsumedCapacity ReturnConsumedCapacity { get; set; }

    /// <summary>Gets or sets the base delay of the library's jittered exponential backoff (capped at 20 s) between commit and batch retries. Default: 50 ms. Key: <c>RetryBaseDelay</c>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Gets or sets a value indicating whether the library sends its requests on the direct wire path (its own
    /// serialization, SigV4 signing and HTTP, with the AWS SDK client's configuration and credentials) when the client
    /// allows it: the client the library creates, or a host-registered <c>AmazonDynamoDBClient</c> itself (not a
    /// subclass, decorator or mock), without a proxy or adaptive retry mode. False sends every request through the SDK
    /// client's pipeline. <c>DynamoContext.UsesWirePath</c> and a start-up log line tell which path is used.
    /// Default: true. Key: <c>UseWirePath</c>.
    /// </summary>
    public bool UseWirePath { get; set; } = true;

    /// <summary>
    /// Gets or sets the AES key (base64 of 16, 24 or 32 random bytes; 32 recommended) that encrypts and authenticates
    /// <c>PageAsync</c> continuation tokens. Set the same key on every instance that must accept the others' tokens,
    /// and keep it secret like any key. Default: none, so a random key per process is used (tokens stop working when
    /// the process restarts and are refused by other instances). Validated at start-up. Key: <c>ContinuationTokenKey</c>.
    /// </summary>
    public string? ContinuationTokenKey { get; set; }
}
