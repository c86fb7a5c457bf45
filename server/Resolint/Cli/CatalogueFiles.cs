namespace Resolint.Cli;

/// <summary>
/// Catalogue files as configured: full paths of files or folders (whose <c>.json</c>, <c>.jsonl</c> and <c>.csv</c>
/// files are read), and patterns ("…/catalogue/*.json") matched as the command line matches drafts.
/// </summary>
public static class CatalogueFiles
{
    /// <summary>The endings of the files read from a folder named as a catalogue: the forms <see cref="Core.Catalogue.CatalogueReader"/> reads.</summary>
    private static readonly string[] Endings = [".json", ".jsonl", ".csv"];

    /// <summary>
    /// The files the entries name, each once, in order; and the entries that name nothing: a file or folder that
    /// does not exist, a folder without catalogue files, a pattern that matches nothing or cannot be read.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched) Expand(IReadOnlyList<string> entries)
    {
        var files = new List<string>();
        var unmatched = new List<string>();
        foreach (string entry in entries)
        {
            if (Directory.Exists(entry))
            {
                string[] inFolder = [.. Directory.EnumerateFiles(entry)
                    .Where(f => Endings.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                    .Order(StringComparer.Ordinal)];
                files.AddRange(inFolder);
                if (inFolder.Length == 0)
                {
                    unmatched.Add(entry);
                }

                continue;
            }

            if (!Glob.IsGlob(entry))
            {
                if (File.Exists(entry))
                {
                    files.Add(entry);
                }
                else
                {
                    unmatched.Add(entry);
                }

                continue;
            }

            try
            {
                Glob glob = Glob.Parse(entry);
                string[] matches = [.. glob.Files("/").Select(relative => Path.GetFullPath(Path.Combine(glob.BaseDirectory, relative)))];
                files.AddRange(matches);
                if (matches.Length == 0)
                {
                    unmatched.Add(entry);
                }
            }
            catch (FormatException)
            {
                unmatched.Add(entry);
            }
        }

        return ([.. files.Distinct(StringComparer.Ordinal)], unmatched);
    }
}
