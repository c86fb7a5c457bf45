using BenchmarkDotNet.Attributes;
using Resolint.Core.Documents;
using Resolint.Core.Parsing;

namespace Resolint.Benchmarks;

/// <summary>
/// Reading a Word and an Akoma Ntoso document into the text the parser reads (issue 12), and that reading parsed: the
/// largest of the devset's UN Word files and of its AKN files (../shared/devset beside the repository), chosen by
/// size so that no file is named. MB/s are of the file's bytes.
/// </summary>
[MemoryDiagnoser]
public class DocumentReadingBenchmarks
{
    public const string Word = "largest devset .docx";
    public const string Akn = "largest devset AKN .xml";

    private string _path = string.Empty;
    private byte[] _bytes = [];

    [Params(Word, Akn)]
    public string Document { get; set; } = Word;

    [GlobalSetup]
    public void Setup()
    {
        _path = PathOf(Document);
        _bytes = File.ReadAllBytes(_path);
    }

    [Benchmark]
    public DocumentText Read() => DocumentReader.Read(_path, _bytes);

    [Benchmark]
    public Resolint.Core.Drafts.Draft ReadAndParse()
    {
        DocumentText read = DocumentReader.Read(_path, _bytes);
        return DraftParser.Parse(read.Text, read.Form);
    }

    /// <summary>The file's size, what throughput is measured against.</summary>
    public static long BytesOf(string document) => new FileInfo(PathOf(document)).Length;

    private static string PathOf(string document)
    {
        string? folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "LanguageServer.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        (string sub, string pattern) = document == Word ? ("word", "*.docx") : ("akn", "*.xml");
        string devset = Path.Combine(folder ?? throw new InvalidOperationException("LanguageServer.sln not found above the benchmarks."), "..", "shared", "devset", sub);
        return Directory.Exists(devset)
            ? new DirectoryInfo(devset).EnumerateFiles(pattern).OrderByDescending(f => f.Length).ThenBy(f => f.Name, StringComparer.Ordinal).First().FullName
            : throw new InvalidOperationException($"The devset's documents are not at {devset}.");
    }
}
