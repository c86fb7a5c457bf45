using BenchmarkDotNet.Attributes;
using Resolint.Core.Checking;
using Resolint.Core.Corpus;
using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Benchmarks;

/// <summary>
/// What the language server does when a drafter types one character into a 100 KB or a 1 MB draft: parse the new
/// version and check it, from scratch or reusing the last version's paragraphs and their findings through a
/// <see cref="ParseCache"/> and a <see cref="CheckCache"/>, as the server does. The drafts are those
/// tests/e2e/bench/latency.js types into.
/// </summary>
[MemoryDiagnoser]
public class KeystrokeBenchmarks
{
    private readonly ParseCache _cache = new();
    private readonly CheckCache _checkCache = new();
    private SourceText[] _versions = [];
    private Checker _checker = new(ConventionModel.Empty);
    private int _typed;

    [Params(false, true)]
    public bool Reuse { get; set; }

    /// <summary>The draft's size in characters: the two latency.js measures.</summary>
    [Params(100 * 1024, 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string draft = BenchmarkCorpus.GrownMarkdownDraft(Size);
        int at = draft.IndexOf("\n14. *", StringComparison.Ordinal) + 30;

        // Typing alternates between two versions: each parse meets the one before it.
        _versions = [SourceText.From(draft), SourceText.From(draft.Insert(at, "x"))];
        _checker = new Checker(BundledConventions.Model);
        _checker.Check(DraftParser.Parse(_versions[0], DraftForm.Markdown, _cache), _checkCache);
    }

    [Benchmark]
    public int TypeOneCharacter()
    {
        SourceText version = _versions[++_typed & 1];
        Draft draft = DraftParser.Parse(version, DraftForm.Markdown, Reuse ? _cache : null);
        return _checker.Check(draft, Reuse ? _checkCache : null).Diagnostics.Count;
    }
}
