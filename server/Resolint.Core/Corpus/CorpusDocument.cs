namespace Resolint.Core.Corpus;

/// <summary>One text of the corpus: its name (where learned conventions say they were seen) and its text.</summary>
public sealed record CorpusDocument(string Name, string Text)
{
    /// <summary>The text's form where its source says it (a Word or Akoma Ntoso document's rendering); null lets the parser tell.</summary>
    public Drafts.DraftForm? Form { get; init; }
}

/// <summary>The documents read from a source, and what could not be read, worded for the user.</summary>
public sealed record CorpusReading(IReadOnlyList<CorpusDocument> Documents, IReadOnlyList<string> Problems);
