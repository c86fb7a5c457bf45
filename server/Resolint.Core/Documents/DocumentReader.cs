namespace Resolint.Core.Documents;

/// <summary>
/// The documents resolint reads besides text: Word drafts (.docx) and Akoma Ntoso XML (.xml), each rendered as the
/// Markdown the parser reads. Which one a file is, is told by its name's extension.
/// </summary>
public static class DocumentReader
{
    /// <summary>Extensions of the documents read here, for folder searches and corpus folders.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".docx", ".xml"];

    /// <summary>True when the file is a document this reader renders rather than a text.</summary>
    public static bool IsDocument(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>How much of an .xml file is read to tell Akoma Ntoso from other XML: its root element comes first.</summary>
    private const int SniffBytes = 4096;

    /// <summary>The Akoma Ntoso 3.0 namespace, which every AKN4UN file declares on its root.</summary>
    public const string AknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /// <summary>
    /// True for a file a folder search takes as a draft: a Word document (not Word's "~$" lock file), or XML whose
    /// start shows the Akoma Ntoso root; other XML in a folder (project files, data) is no draft and is passed by.
    /// </summary>
    public static bool IsDraftDocument(string path)
    {
        string name = Path.GetFileName(path);
        if (name.StartsWith("~$", StringComparison.Ordinal))
        {
            return false;
        }

        if (name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            byte[] start = new byte[SniffBytes];
            int read = stream.ReadAtLeast(start, SniffBytes, throwOnEndOfStream: false);
            string text = System.Text.Encoding.UTF8.GetString(start, 0, read);
            return text.Contains("<akomaNtoso", StringComparison.Ordinal) || text.Contains(AknNamespace, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The document's rendering.</summary>
    /// <exception cref="DocumentFormatException">The file cannot be read as a draft; the message says why.</exception>
    public static DocumentText Read(string path, byte[] bytes) =>
        path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? WordReader.Read(bytes) : AknReader.Read(bytes);
}
