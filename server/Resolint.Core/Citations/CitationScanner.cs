using Resolint.Core.Drafts;

namespace Resolint.Core.Citations;

/// <summary>Placeholder until the scanner lands.</summary>
public static class CitationScanner
{
    public static IReadOnlyList<Citation> Scan(InlineText text, string? body) => [];
}
