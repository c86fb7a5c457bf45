using System.Collections.Concurrent;

namespace Resolint.Core.Checking;

/// <summary>
/// Finds the configuration that governs a file: the nearest <c>.resolint.json</c> in its folder or a folder above.
/// Each folder is looked at and each file read once, however many drafts share them.
/// </summary>
public sealed class ConfigurationLookup(IReadOnlyCollection<string> knownRules)
{
    private readonly ConcurrentDictionary<string, Lazy<Configuration>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Configuration>> _folders = new(StringComparer.Ordinal);

    /// <summary>The configuration a file in <paramref name="folder"/> follows; the defaults when no folder up to the root has one.</summary>
    /// <exception cref="ConfigurationException">The nearest configuration file has mistakes.</exception>
    public Configuration ForFolder(string folder) =>
        _folders.GetOrAdd(Path.GetFullPath(folder), f => new Lazy<Configuration>(() => Nearest(f))).Value;

    /// <summary>A configuration file named outright (<c>--config FILE</c>).</summary>
    /// <exception cref="ConfigurationException">The file is missing, unreadable or has mistakes.</exception>
    public Configuration Load(string file) =>
        _files.GetOrAdd(Path.GetFullPath(file), f => new Lazy<Configuration>(() => ConfigurationReader.Read(f, knownRules))).Value;

    private Configuration Nearest(string folder)
    {
        string candidate = Path.Combine(folder, Configuration.FileName);
        if (File.Exists(candidate))
        {
            return Load(candidate);
        }

        if (Directory.Exists(candidate))
        {
            // Passing it by would quietly apply another folder's settings, or none.
            throw new ConfigurationException([new ConfigurationError(candidate, 0, 0, "is a folder; a configuration must be a file")]);
        }

        return Path.GetDirectoryName(folder) is { } parent ? ForFolder(parent) : Configuration.Default;
    }
}
