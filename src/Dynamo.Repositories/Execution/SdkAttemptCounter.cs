using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace Dynamo.Repositories.Execution;

/// <summary>
/// Counts how many times the AWS SDK sends a request the SDK executor tracks: a handler inside the SDK's retry loop of
/// every DynamoDB client built after <see cref="Register"/> (the library's own client, and a host's client resolved
/// from the container). The SDK raises its request events once per call, not per attempt, so they cannot tell.
/// </summary>
internal sealed class SdkAttemptCounter : PipelineHandler, IRuntimePipelineCustomizer
{
    private static readonly ConditionalWeakTable<AmazonWebServiceRequest, StrongBox<int>> Tracked = new();
    private static int _registered;

    /// <inheritdoc/>
    public string UniqueName => "Dynamo.Repositories.SdkAttemptCounter";

    /// <summary>Installs the counter into DynamoDB clients built from now on (once per process).</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            RuntimePipelineCustomizerRegistry.Instance.Register(new SdkAttemptCounter());
        }
    }

    /// <summary>Starts counting the attempts of a request; the box holds the count (0 when the client has no counter).</summary>
    public static StrongBox<int> Track(AmazonWebServiceRequest request)
    {
        var box = new StrongBox<int>();
        Tracked.AddOrUpdate(request, box);
        return box;
    }

    /// <inheritdoc/>
    public void Customize(Type type, RuntimePipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(pipeline);
        if (typeof(AmazonDynamoDBClient).IsAssignableFrom(type))
        {
            pipeline.AddHandlerAfter<RetryHandler>(new SdkAttemptCounter());
        }
    }

    /// <inheritdoc/>
    public override Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        ArgumentNullException.ThrowIfNull(executionContext);
        if (Tracked.TryGetValue(executionContext.RequestContext.OriginalRequest, out var attempts))
        {
            Interlocked.Increment(ref attempts.Value);
        }

        return base.InvokeAsync<T>(executionContext);
    }
}
