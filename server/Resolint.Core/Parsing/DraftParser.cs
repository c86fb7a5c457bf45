using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Parsing;

/// <summary>Reads a draft, in one pass, into its model. Never throws: any input yields a model.</summary>
public static class DraftParser
{
    public static Draft Parse(string text, DraftForm? form = null) => Parse(SourceText.From(text), form);

    public static Draft Parse(SourceText text, DraftForm? form = null)
    {
        throw new NotImplementedException("The parser is being written.");
    }
}
