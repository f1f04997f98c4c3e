using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace Dynamo.Repositories.Wire;

/// <summary>
/// The credentials of the wire path, always from the AWS SDK: the client's own credentials when it was given some,
/// otherwise the configuration's default credentials or the SDK's default chain (resolved once, on first use; the
/// credentials object refreshes itself). No credential logic of the library's own. Credentials that never change
/// (the SDK's own <see cref="BasicAWSCredentials"/> and <see cref="SessionAWSCredentials"/>, not a subclass) are read
/// once: the SDK would hand out a new copy of the same values, in a new task, for every request.
/// </summary>
internal sealed class WireCredentials
{
    private readonly IClientConfig _config;
    private readonly ImmutableCredentials? _fixed;
    private DefaultAWSCredentialsIdentityResolver? _resolver;
    private AWSCredentials? _credentials;

    /// <summary>Initializes a new instance of the <see cref="WireCredentials"/> class.</summary>
    /// <param name="credentials">The client's credentials, or null for the SDK's default chain.</param>
    /// <param name="config">The client's configuration.</param>
    public WireCredentials(AWSCredentials? credentials, IClientConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _credentials = credentials ?? config.DefaultAWSCredentials;
        if (_credentials is { } given && (given.GetType() == typeof(BasicAWSCredentials) || given.GetType() == typeof(SessionAWSCredentials)))
        {
            _fixed = given.GetCredentials();
        }
    }

    /// <summary>Gets the credentials of the next request.</summary>
    public ValueTask<ImmutableCredentials> GetAsync(CancellationToken cancellationToken) =>
        _fixed is { } fixedCredentials ? new(fixedCredentials) : ResolveAndGetAsync(cancellationToken);

    private async ValueTask<ImmutableCredentials> ResolveAndGetAsync(CancellationToken cancellationToken)
    {
        var credentials = _credentials ?? await ResolveAsync(cancellationToken).ConfigureAwait(false);
        return await credentials.GetCredentialsAsync().ConfigureAwait(false);
    }

    private async Task<AWSCredentials> ResolveAsync(CancellationToken cancellationToken)
    {
        // Kept, not disposed: the resolved credentials may refresh through it (profile files, SSO, instance metadata).
        _resolver ??= new DefaultAWSCredentialsIdentityResolver();
        var resolved = await _resolver.ResolveIdentityAsync(_config, cancellationToken).ConfigureAwait(false);
        _credentials = resolved;
        return resolved;
    }
}
