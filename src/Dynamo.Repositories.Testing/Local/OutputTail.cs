namespace Dynamo.Repositories.Testing.Local;

/// <summary>Keeps the last lines a child process printed, so an error can show why it failed.</summary>
internal sealed class OutputTail
{
    private readonly Queue<string> _lines = new();
    private readonly int _capacity;
    private readonly Lock _gate = new();

    public OutputTail(int capacity = 20)
    {
        _capacity = capacity;
    }

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            while (_lines.Count > _capacity)
            {
                _lines.Dequeue();
            }
        }
    }

    public bool Contains(string text)
    {
        lock (_gate)
        {
            return _lines.Any(line => line.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>Returns the kept lines, indented, or a note that there were none.</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return _lines.Count == 0
                ? "    (no output)"
                : string.Join(System.Environment.NewLine, _lines.Select(line => "    " + line));
        }
    }
}
