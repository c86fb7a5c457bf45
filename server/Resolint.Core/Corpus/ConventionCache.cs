namespace Resolint.Core.Corpus;

/// <summary>
/// The conventions for a configuration: the bundled seeds plus the corpus folders a user adds. A model is
/// learned once and handed out again until the folders or their files change (a file added, removed or
/// written), so the CLI learns once per run and the server once per configuration change. Asking costs a
/// listing of the folders, not a learning: call it when the configuration or the corpus files change, and
/// keep the model for the checks in between.
/// </summary>
public sealed class ConventionCache
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (string Fingerprint, ConventionModel Model)> _learned = new(StringComparer.Ordinal);

    /// <summary>The model for the bundled seeds plus <paramref name="folders"/>; its <see cref="ConventionModel.Problems"/> say what could not be read.</summary>
    public ConventionModel Get(IEnumerable<string> folders)
    {
        List<string> distinct = folders.Where(f => !string.IsNullOrWhiteSpace(f)).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return BundledConventions.Model;
        }

        string key = string.Join('\n', distinct);
        string fingerprint = Fingerprint(distinct);
        lock (_gate)
        {
            if (_learned.TryGetValue(key, out (string Fingerprint, ConventionModel Model) cached) && cached.Fingerprint == fingerprint)
            {
                return cached.Model;
            }

            ConventionModel model = Learn(distinct);
            _learned[key] = (fingerprint, model);
            return model;
        }
    }

    private static ConventionModel Learn(List<string> folders)
    {
        var documents = new List<CorpusDocument>(CorpusSource.Bundled());
        var problems = new List<string>();
        foreach (string folder in folders)
        {
            CorpusReading reading = CorpusSource.FromFolder(folder);
            documents.AddRange(reading.Documents);
            problems.AddRange(reading.Problems);
        }

        return ConventionLearner.Learn(documents, problems);
    }

    /// <summary>Each folder's corpus files with their sizes and last-write times: what a change would alter.</summary>
    private static string Fingerprint(List<string> folders)
    {
        var fingerprint = new System.Text.StringBuilder();
        foreach (string folder in folders)
        {
            fingerprint.Append(folder).Append('\n');
            if (!CorpusSource.TryListFiles(folder, [], out IReadOnlyList<FileInfo>? files))
            {
                fingerprint.Append("(unreadable)\n");
                continue;
            }

            foreach (FileInfo file in files)
            {
                fingerprint.Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
            }
        }

        return fingerprint.ToString();
    }
}
