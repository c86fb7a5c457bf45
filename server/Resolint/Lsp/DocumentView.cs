namespace Resolint.Lsp;

/// <summary>
/// The read-only view of a Word or Akoma Ntoso draft: its Markdown rendering, under a URI of its own
/// ("resolint-document:" and the file's path), so that an editor shows it as a text and the server checks it
/// under the configuration of the file, as the command line does.
/// </summary>
internal static class DocumentView
{
    public const string Scheme = "resolint-document";

    /// <summary>The view of a file: its file URI with the scheme replaced.</summary>
    public static string UriOf(string path) => Scheme + new Uri(path).AbsoluteUri["file".Length..];

    /// <summary>
    /// The file a view shows, or null when the URI is no view. Both spellings count: "resolint-document:///path",
    /// as <see cref="UriOf"/> writes it, and "resolint-document:/path", as VS Code writes a URI with no authority.
    /// </summary>
    public static string? FileOf(string uri)
    {
        if (!uri.StartsWith(Scheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string rest = uri[(Scheme.Length + 1)..];
        string? file = rest.StartsWith("//", StringComparison.Ordinal) ? "file:" + rest
            : rest.StartsWith('/') ? "file://" + rest
            : null;
        return file is not null && Uri.TryCreate(file, UriKind.Absolute, out Uri? parsed) && parsed.IsFile ? parsed.LocalPath : null;
    }

    /// <summary>The file a URI names: a file URI's path, or the file a view shows; null for any other URI.</summary>
    public static string? LocalPath(string uri) =>
        FileOf(uri) ?? (Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) && parsed.IsFile ? parsed.LocalPath : null);
}
