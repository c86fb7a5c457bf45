using Resolint.Core.Drafts;

namespace Resolint.Core.Documents;

/// <summary>What a structured document's reader gives: the document as the Markdown the parser reads, and what the reader noticed on the way.</summary>
/// <param name="Text">The rendering: the text findings are located in (its lines and columns).</param>
/// <param name="Form">The form of <paramref name="Text"/>: always Markdown, where italics survive.</param>
/// <param name="Kind">"Word" or "Akoma Ntoso": what the document was.</param>
/// <param name="Notes">Information for the user (tracked changes read as accepted, notes left out), in words.</param>
public sealed record DocumentText(string Text, DraftForm Form, string Kind, IReadOnlyList<string> Notes);

/// <summary>A document that cannot be read as a draft; the message says why, in words a user can act on.</summary>
public sealed class DocumentFormatException(string message) : Exception(message);
