namespace Resolint.Cli;

/// <summary>Catalogue files as configured: full paths, and patterns ("…/catalogue/*.json") matched as the command line matches drafts.</summary>
public static class CatalogueFiles
{
    /// <summary>The files the entries name, each once, in order; and the patterns that matched nothing (or could not be read).</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Unmatched) Expand(IReadOnlyList<string> entries)
    {
        var files = new List<string>();
        var unmatched = new List<string>();
        foreach (string entry in entries)
        {
            if (!Glob.IsGlob(entry))
            {
                files.Add(entry);
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
