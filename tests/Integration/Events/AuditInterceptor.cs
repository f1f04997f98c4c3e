namespace Dynamo.Repositories.IntegrationTests.Events;

public sealed class AuditTrail
{
    public List<string> Lines { get; } = [];
}

/// <summary>Stages an audit parcel for each account added (more writes before the commit) and records every phase.</summary>
public sealed class AuditInterceptor(AuditTrail trail, IDynamoRepository<Parcel> parcels) : ICommitInterceptor
{
    public Task BeforeCommitAsync(CommitContext context, CancellationToken cancellationToken)
    {
        trail.Lines.Add("before " + Describe(context));
        if (context.Entries.Count == 1 && context.Entries[0].Entity is Account { Version: 0 } account && account.Pending.Count > 0)
        {
            parcels.Add(new Parcel { Id = "audit-" + account.Id });
        }

        return Task.CompletedTask;
    }

    public Task AfterCommitAsync(CommitContext context, CancellationToken cancellationToken)
    {
        trail.Lines.Add("after " + Describe(context));
        return Task.CompletedTask;
    }

    public Task CommitFailedAsync(CommitContext context, Exception exception, CancellationToken cancellationToken)
    {
        trail.Lines.Add("failed " + exception.GetType().Name);
        return Task.CompletedTask;
    }

    private static string Describe(CommitContext context) => string.Join(",", context.Entries.Select(e => e.EntityType.Name + ":" + e.Kind));
}
