namespace Dynamo.Repositories;

/// <summary>What a commit holds, handed to each <see cref="ICommitInterceptor"/>.</summary>
public sealed class CommitContext
{
    /// <summary>Initializes a new instance of the <see cref="CommitContext"/> class.</summary>
    /// <param name="unitOfWork">The unit of work being committed.</param>
    /// <param name="entries">The staged writes and checks, in staging order.</param>
    public CommitContext(IUnitOfWork unitOfWork, IReadOnlyList<CommitEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        ArgumentNullException.ThrowIfNull(entries);
        UnitOfWork = unitOfWork;
        Entries = entries;
    }

    /// <summary>Gets the unit of work being committed.</summary>
    public IUnitOfWork UnitOfWork { get; }

    /// <summary>Gets the staged writes and checks, in staging order.</summary>
    public IReadOnlyList<CommitEntry> Entries { get; }
}
