namespace Resolint.Cli;

/// <summary>The rule pages of docs/rules/, built into the executable so that `resolint explain` works wherever it is installed.</summary>
public static class RuleDocs
{
    /// <summary>A rule's page in Markdown, or null when it has none.</summary>
    public static string? Find(string id)
    {
        using Stream? stream = typeof(RuleDocs).Assembly.GetManifestResourceStream($"rules/{id.ToUpperInvariant()}.md");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
