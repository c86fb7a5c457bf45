using Resolint.Core.Rules;
using Resolint.Core.Text;

namespace Resolint.Cli;

/// <summary>What checking one draft found, on its text as it stands after any fixes.</summary>
public sealed record DraftReport(DraftInput Input, SourceText Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Findings a suppression comment silenced (SARIF lists them as suppressed results).</summary>
    public IReadOnlyList<Diagnostic> Suppressed { get; init; } = [];

    /// <summary>The text before fixing, when fixes changed it.</summary>
    public string? OriginalText { get; init; }

    /// <summary>How the draft's bytes were written (a diff shows its BOM, as the file holds it).</summary>
    public DraftEncoding Encoding { get; init; }

    public int FixesApplied { get; init; }

    /// <summary>True for a Word or Akoma Ntoso document, whose findings are located in its text rendering.</summary>
    public bool IsDocument { get; init; }

    /// <summary>What reading the draft's document noticed (tracked changes read as accepted), printed as notes.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Why the draft could not be read, fixed or written; the run then exits with 2.</summary>
    public string? Error { get; init; }

    public string Name => Input.Name;

    public static DraftReport Failed(DraftInput input, string error) => new(input, SourceText.From(string.Empty), []) { Error = error };
}
