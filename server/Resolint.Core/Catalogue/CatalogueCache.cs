using System.Collections.Concurrent;

namespace Resolint.Core.Catalogue;

/// <summary>
/// Reads a set of catalogue files once and keeps the index while the files are unchanged (same length and time of
/// last writing), however many drafts, checks or keystrokes ask for it: nothing on the keystroke path reads them.
/// </summary>
public sealed class CatalogueCache
{
    private readonly ConcurrentDictionary<string, (string Stamp, ResolutionCatalogue Catalogue)> _loaded = new(StringComparer.Ordinal);

    /// <summary>The catalogue of these files (full paths), read again only when one of them has changed.</summary>
    public ResolutionCatalogue Get(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return ResolutionCatalogue.Empty;
        }

        string key = string.Join('\n', files);
        string stamp = string.Join('\n', files.Select(Stamp));
        if (_loaded.TryGetValue(key, out var known) && known.Stamp == stamp)
        {
            return known.Catalogue;
        }

        ResolutionCatalogue catalogue = ResolutionCatalogue.Build(CatalogueReader.Read(files));
        _loaded[key] = (stamp, catalogue);
        return catalogue;
    }

    private static string Stamp(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? $"{info.Length}@{info.LastWriteTimeUtc.Ticks}" : "missing";
    }
}
