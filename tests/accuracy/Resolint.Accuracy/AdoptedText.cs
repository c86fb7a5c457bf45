using System.Text.RegularExpressions;
using Resolint.Core.Drafts;

namespace Resolint.Accuracy;

/// <summary>One adopted resolution read from a folder: its text, the organ that adopted it and its form.</summary>
public sealed partial record AdoptedText(string Path, string Text, DraftForm? Form, string Organ, bool IsMarkdown, int Words)
{
    /// <summary>The file name, as reports show it.</summary>
    public string Name => System.IO.Path.GetFileName(Path);

    public static AdoptedText Read(string path)
    {
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        DraftForm? form = Engine.FormOf(path);
        bool markdown = form == DraftForm.Markdown || (form is null && MarkdownSigns().IsMatch(text));
        return new AdoptedText(path, text, form, Organs.Of(System.IO.Path.GetFileName(path), text), markdown, CountWords(text));
    }

    /// <summary>Words as the issue counts them: runs of letters, digits and underscores.</summary>
    public static int CountWords(string text) => WordPattern().Count(text);

    /// <summary>Every draft file of the folders, in name order.</summary>
    public static IReadOnlyList<AdoptedText> ReadFolders(IEnumerable<string> folders) =>
        folders
            .SelectMany(f => File.Exists(f) ? [f] : Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    /// <summary>Italics or footnote references in Markdown syntax, for a ".txt" file that holds Markdown.</summary>
    [GeneratedRegex(@"\[\^\d+\]|^\*[A-Z][a-z]+", RegexOptions.Multiline)]
    private static partial Regex MarkdownSigns();
}
