namespace Dynamo.Repositories.Testing.Local;

/// <summary>The emulator exited before answering; <see cref="DynamoDbLocal"/> retries on another port when the cause was a port clash.</summary>
internal sealed class EmulatorExitedException : Exception
{
    public EmulatorExitedException(string message, OutputTail output)
        : base(message)
    {
        Output = output;
    }

    /// <summary>Gets the last lines the emulator printed.</summary>
    public OutputTail Output { get; }

    /// <summary>Gets a value indicating whether the emulator exited because its port was taken meanwhile.</summary>
    public bool IsPortClash => Output.Contains("Address already in use") || Output.Contains("BindException");
}
