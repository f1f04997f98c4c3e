namespace Ordering;

/// <summary>Lets the scenario take the event handlers down for a moment, to show the outbox relay delivering.</summary>
internal sealed class DispatcherSwitch
{
    public bool Down { get; set; }

    public TextWriter Output { get; set; } = Console.Out;
}
