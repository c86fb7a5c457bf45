using System.Reflection;
using System.Text;

namespace Resolint.Core.Corpus;

/// <summary>
/// Where corpus texts come from: the seeds bundled in the engine (so the tool works anywhere), and folders a
/// user adds. Reading never throws: what cannot be read becomes a problem the caller can show.
/// </summary>
public static class CorpusSource
{
    private const string BundledPrefix = "seeds/";

    /// <summary>The seed resolutions embedded in Resolint.Core, named "seeds/A-RES-68-171.txt".</summary>
    public static IReadOnlyList<CorpusDocument> Bundled()
    {
        Assembly assembly = typeof(CorpusSource).Assembly;
        var documents = new List<CorpusDocument>();
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(BundledPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"The bundled corpus lost {name}: the build is broken.");
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            documents.Add(new CorpusDocument(name, reader.ReadToEnd()));
        }

        return documents;
    }

    /// <summary>
    /// The .txt and .md files under a folder, at any depth (README.md and hidden folders skipped), and the Word
    /// (.docx) and Akoma Ntoso (.xml) documents, named by their full path so a learned convention points at a file
    /// the user can open.
    /// </summary>
    public static CorpusReading FromFolder(string folder)
    {
        var documents = new List<CorpusDocument>();
        var problems = new List<string>();
        if (!TryListFiles(folder, problems, out IReadOnlyList<FileInfo>? files))
        {
            return new CorpusReading(documents, problems);
        }

        foreach (FileInfo file in files)
        {
            try
            {
                if (Documents.DocumentReader.IsDocument(file.FullName))
                {
                    Documents.DocumentText document = Documents.DocumentReader.Read(file.FullName, Files.RegularFile.ReadAllBytes(file.FullName));
                    documents.Add(new CorpusDocument(file.FullName, document.Text) { Form = document.Form });
                }
                else
                {
                    documents.Add(new CorpusDocument(file.FullName, Files.RegularFile.ReadAllText(file.FullName)));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Documents.DocumentFormatException)
            {
                problems.Add($"Corpus file '{file.FullName}' cannot be read: {e.Message}");
            }
        }

        return new CorpusReading(documents, problems);
    }

    /// <summary>
    /// The corpus files under a folder, in a stable order; false, with the reason added to
    /// <paramref name="problems"/>, when the folder cannot be listed or holds none.
    /// </summary>
    public static bool TryListFiles(string folder, List<string> problems, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReadOnlyList<FileInfo>? files)
    {
        files = null;
        string full;
        try
        {
            full = Path.GetFullPath(folder);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problems.Add($"Corpus folder '{folder}' is not a valid path: {e.Message}");
            return false;
        }

        if (File.Exists(full))
        {
            problems.Add($"Corpus folder '{folder}' is a file; give the folder that holds the corpus texts.");
            return false;
        }

        if (!Directory.Exists(full))
        {
            problems.Add($"Corpus folder '{folder}' does not exist.");
            return false;
        }

        try
        {
            var found = new List<FileInfo>();
            AddFiles(new DirectoryInfo(full), found, new HashSet<string>(StringComparer.Ordinal));
            files = [.. found.OrderBy(f => f.FullName, StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            problems.Add($"Corpus folder '{folder}' cannot be read: {e.Message}");
            return false;
        }

        if (files.Count == 0)
        {
            problems.Add($"Corpus folder '{folder}' holds no .txt, .md, .docx or Akoma Ntoso .xml files.");
        }

        return true;
    }

    /// <summary>
    /// The corpus files of a folder and its sub-folders. A linked folder is entered once, whatever links lead to
    /// it: a link that loops back to a folder above ends there instead of running on for ever.
    /// </summary>
    private static void AddFiles(DirectoryInfo folder, List<FileInfo> found, HashSet<string> entered)
    {
        string real = folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName;
        if (!entered.Add(Path.TrimEndingDirectorySeparator(real)))
        {
            return;
        }

        var options = new EnumerationOptions
        {
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        found.AddRange(folder.EnumerateFiles("*", options).Where(IsCorpusFile));
        foreach (DirectoryInfo sub in folder.EnumerateDirectories("*", options))
        {
            AddFiles(sub, found, entered);
        }
    }

    private static bool IsCorpusFile(FileInfo file) =>
        ((file.Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            && !file.Name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
        || Documents.DocumentReader.IsDraftDocument(file.FullName);
}
