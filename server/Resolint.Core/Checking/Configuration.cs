using Resolint.Core.Drafts;

namespace Resolint.Core.Checking;

/// <summary>
/// The settings of a project, as a <c>.resolint.json</c> gives them: rule levels, italics policy, extra corpus
/// folders, which file names hold which form of draft. The command line and the language server read the same file.
/// </summary>
public sealed record Configuration
{
    public const string FileName = ".resolint.json";

    // Declared before Default, whose initializer reads it.
    private static readonly IReadOnlyList<(string Ending, DraftForm Form)> DefaultForms = [(".markdown", DraftForm.Markdown), (".md", DraftForm.Markdown)];

    /// <summary>The settings when no file gives any.</summary>
    public static Configuration Default { get; } = new();

    /// <summary>Extensions a folder is always searched for.</summary>
    public static IReadOnlyList<string> DraftExtensions { get; } = [".md", ".markdown", ".txt"];

    private readonly IReadOnlyList<(string Ending, DraftForm Form)> _forms = DefaultForms;

    /// <summary>The file the settings came from; null for the defaults.</summary>
    public string? File { get; init; }

    /// <summary>Rule id → level; a rule not named keeps its default severity.</summary>
    public IReadOnlyDictionary<string, RuleLevel> RuleLevels { get; init; } = new Dictionary<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);

    public ItalicsPolicy Italics { get; init; } = ItalicsPolicy.Corpus;

    /// <summary>Folders of adopted resolutions to learn from besides the bundled seeds, as full paths.</summary>
    public IReadOnlyList<string> CorpusFolders { get; init; } = [];

    /// <summary>
    /// Catalogue files of resolutions (the UN's JSON-lines extracts, or CSV), as full paths or full patterns
    /// ("…/catalogue/*.json"): what completion, hover and the cross-checks know beyond the corpus.
    /// </summary>
    public IReadOnlyList<string> Catalogue { get; init; } = [];

    /// <summary>
    /// File-name endings (".md", ".res.md", ".resolution") and the form they promise, the longest ending first.
    /// A file no ending claims is read in the form its text shows (".txt" files are often Markdown).
    /// </summary>
    public IReadOnlyList<(string Ending, DraftForm Form)> Forms
    {
        get => _forms;
        init => _forms = value.Concat(DefaultForms.Where(d => !value.Any(v => string.Equals(v.Ending, d.Ending, StringComparison.OrdinalIgnoreCase))))
            .OrderByDescending(f => f.Ending.Length)
            .ToList();
    }

    /// <summary>Further extensions a folder is searched for, besides <see cref="DraftExtensions"/> and the endings of <see cref="Forms"/>.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    /// <summary>The check options these settings give.</summary>
    public CheckOptions CheckOptions => new() { RuleLevels = RuleLevels, Italics = Italics };

    /// <summary>The form a file's name promises; null lets the parser decide from the text.</summary>
    public DraftForm? FormOf(string path)
    {
        string name = Path.GetFileName(path);
        foreach ((string ending, DraftForm form) in Forms)
        {
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>True when a file found in a folder is a draft to check.</summary>
    public bool IsDraftFile(string path)
    {
        string name = Path.GetFileName(path);
        bool Ends(string ending) => name.Length > ending.Length && name.EndsWith(ending, StringComparison.OrdinalIgnoreCase);
        return DraftExtensions.Any(Ends) || Extensions.Any(Ends) || Forms.Any(f => Ends(f.Ending));
    }
}
