using Resolint.Core.Checking;

namespace Resolint.Cli;

/// <summary>A draft to check: the name it is reported under, the file it is read from (null for standard input), and the configuration that governs it.</summary>
public sealed record DraftInput(string Name, string? File, Configuration Configuration);

/// <summary>
/// Turns the command line's paths into drafts: files as named, folders searched for drafts (their configuration says
/// which extensions), glob patterns, and "-" for standard input. Every path that names nothing, and every mistake in a
/// configuration file on the way, is collected in <see cref="Errors"/>.
/// </summary>
public sealed class DraftInputs(string workingDirectory, Func<string, Configuration> configurationOfFolder)
{
    public const string StandardInput = "-";

    private readonly HashSet<string> _seen = new(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    private readonly List<DraftInput> _inputs = [];

    /// <summary>Drafts found by searching folders, named before or not.</summary>
    private int _draftsFound;

    public List<string> Errors { get; } = [];

    /// <summary>Folders a search never enters: hidden ones (.git, .vscode) and installed packages.</summary>
    public static bool IsSkippedFolder(DirectoryInfo folder) =>
        folder.Name.StartsWith('.') || folder.Name == "node_modules" || folder.LinkTarget is not null;

    /// <summary>The drafts the paths name, each once, in the order given (a folder's drafts in ordinal order).</summary>
    public IReadOnlyList<DraftInput> Expand(IReadOnlyList<string> paths, string? standardInputName)
    {
        foreach (string path in paths)
        {
            if (path == StandardInput)
            {
                string folder = standardInputName is null ? workingDirectory : Path.GetDirectoryName(Path.GetFullPath(standardInputName, workingDirectory))!;
                _inputs.Add(new DraftInput(standardInputName ?? "<stdin>", null, ConfigurationOf(folder)));
                continue;
            }

            string full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                Add(full);
            }
            else if (Directory.Exists(full))
            {
                int before = _draftsFound;
                if (TrySearch(new DirectoryInfo(full), path) && _draftsFound == before)
                {
                    // A CI job pointed at the wrong folder must not pass by checking nothing.
                    Errors.Add($"folder '{path}' holds no drafts");
                }
            }
            else if (Glob.IsGlob(path))
            {
                AddMatches(path);
            }
            else
            {
                Errors.Add($"no such file or folder: '{path}'");
            }
        }

        return _inputs;
    }

    private void AddMatches(string pattern)
    {
        Glob glob;
        try
        {
            glob = Glob.Parse(pattern);
        }
        catch (FormatException ex)
        {
            Errors.Add(ex.Message);
            return;
        }

        bool any = false;
        foreach (string relative in glob.Files(workingDirectory))
        {
            Add(Path.GetFullPath(Path.Combine(glob.BaseDirectory, relative), workingDirectory));
            any = true;
        }

        if (!any)
        {
            Errors.Add($"no files match '{pattern}'");
        }
    }

    /// <summary>Searches a folder the command line names; false, with the reason in <see cref="Errors"/>, when it cannot be listed.</summary>
    private bool TrySearch(DirectoryInfo folder, string path)
    {
        try
        {
            // Listing it once without IgnoreInaccessible: an unreadable folder is an error, not an empty one.
            using IEnumerator<FileSystemInfo> entries = folder.EnumerateFileSystemInfos().GetEnumerator();
            entries.MoveNext();
        }
        catch (Exception ex) when (DraftFile.IsFileError(ex))
        {
            Errors.Add($"cannot read folder '{path}': {ex.Message}");
            return false;
        }

        Search(folder);
        return true;
    }

    private void Search(DirectoryInfo folder)
    {
        Configuration configuration = ConfigurationOf(folder.FullName);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 };
        foreach (FileInfo file in folder.EnumerateFiles("*", options).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (configuration.IsDraftFile(file.Name) || Core.Documents.DocumentReader.IsDraftDocument(file.FullName))
            {
                _draftsFound++;
                Add(file.FullName);
            }
        }

        foreach (DirectoryInfo sub in folder.EnumerateDirectories("*", options).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            if (!IsSkippedFolder(sub))
            {
                Search(sub);
            }
        }
    }

    private void Add(string fullPath)
    {
        if (_seen.Add(fullPath))
        {
            _inputs.Add(new DraftInput(DisplayName(fullPath), fullPath, ConfigurationOf(Path.GetDirectoryName(fullPath)!)));
        }
    }

    /// <summary>A file under the working folder is named relative to it, as CI annotations and SARIF want; others in full.</summary>
    private string DisplayName(string fullPath)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }

    private Configuration ConfigurationOf(string folder)
    {
        try
        {
            return configurationOfFolder(folder);
        }
        catch (ConfigurationException ex)
        {
            foreach (ConfigurationError error in ex.Errors)
            {
                string message = (error with { File = DisplayName(error.File) }).ToString();
                if (!Errors.Contains(message))
                {
                    Errors.Add(message);
                }
            }

            return Configuration.Default;
        }
    }
}
