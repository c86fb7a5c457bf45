using Resolint.Core.Text;

namespace Resolint.Lsp.Features;

public enum SuggestionKind
{
    Opener,
    Verb,
    Resolution,
    FootnoteForm,
}

/// <summary>
/// A completion, before it becomes a protocol item: what to show, what replaces which span, and its rank
/// (lower first). <see cref="IsSnippet"/> marks text with LSP snippet placeholders ($1, ${2:53}).
/// </summary>
public sealed record Suggestion(string Label, string NewText, TextSpan Replace, SuggestionKind Kind, int Rank)
{
    public string? Detail { get; init; }

    /// <summary>Markdown.</summary>
    public string? Documentation { get; init; }

    public bool IsSnippet { get; init; }

    /// <summary>What the client filters on as the drafter types; the label when null.</summary>
    public string? FilterText { get; init; }
}

/// <summary>What completion offers at a place; <see cref="Incomplete"/> when more would fit than are offered (typing narrows them).</summary>
public sealed record Completions(IReadOnlyList<Suggestion> Suggestions, bool Incomplete);
