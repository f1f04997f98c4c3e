using Amazon.DynamoDBv2;
using Dynamo.Repositories.Benchmarks.Contenders;
using Dynamo.Repositories.Benchmarks.Infrastructure;
using Dynamo.Repositories.Benchmarks.Model;

namespace Dynamo.Repositories.Benchmarks.Benchmarks;

/// <summary>
/// The shared setup of the I/O benchmarks: one client over the canned handler, shared by every contender, so the
/// SDK's own cost (serialization, signing, the handler) is identical and the ratios show the library's overhead.
/// </summary>
public abstract class CannedBenchmark
{
    protected CannedResponses Responses { get; private set; } = null!;

    protected CannedDynamoDbHandler Handler { get; private set; } = null!;

    protected AmazonDynamoDBClient Client { get; private set; } = null!;

    protected LowLevelContender LowLevel { get; private set; } = null!;

    protected ContextContender Context { get; private set; } = null!;

    protected OursContender Ours { get; private set; } = null!;

    /// <summary>Gets our library on the SDK path (<c>UseWirePath = false</c>): the fallback a host's own client takes.</summary>
    protected OursContender OursSdk { get; private set; } = null!;

    protected void SetupContenders()
    {
        Responses = new CannedResponses();
        Handler = new CannedDynamoDbHandler(Responses);
        Client = BenchClients.CreateCanned(Handler);
        LowLevel = new LowLevelContender(Client, BenchOrderConfiguration.TableName);
        Context = new ContextContender(Client);
        Ours = new OursContender(Client);
        OursSdk = new OursContender(Client, useWirePath: false);
    }

    protected void CleanupContenders()
    {
        Ours.Dispose();
        OursSdk.Dispose();
        Context.Context.Dispose();
        Client.Dispose();
        Handler.Dispose();
    }
}
