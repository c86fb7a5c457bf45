using Resolint.Core.Drafts;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Checking;

/// <summary>A draft model that holds only its text: enough for rules that read the text itself.</summary>
internal static class Drafts
{
    public static Draft OfText(string text, DraftForm form = DraftForm.Markdown) =>
        new(SourceText.From(text), form, new Heading(default), null, [], [], [], [], [], null, []);
}
