using Resolint.Core.Drafts;
using Resolint.Core.Parsing;
using Resolint.Core.Text;

namespace Resolint.Core.Tests.Parsing;

/// <summary>
/// The resolver searches on after a number's digits, not from each of them: a marker the reader found among the digits
/// must still tell it, as it was met, that the text writes its markers, so that no bare number in a later paragraph is
/// taken for one.
/// </summary>
public sealed class FootnoteDigitRunTests
{
    [Fact]
    public void A_marker_read_among_a_numbers_digits_shows_the_text_writes_its_markers()
    {
        var resolver = new FootnoteMarkerResolver(new HashSet<int> { 1, 2, 3 });
        var marked = new RawText();
        marked.AppendRun("in 2021.", 0, italic: false);
        marked.AddMarker(new RawMarker(5, 0, 1, MarkerForm.Markdown) { SourceSpan = new TextSpan(5, 4) });
        var later = new RawText();
        later.AppendRun("the Cambodia conflict, 2 addressed", 20, italic: false);

        resolver.Resolve(marked);
        resolver.Resolve(later);

        Assert.Empty(later.Markers);
    }

    [Fact]
    public void A_bare_number_is_a_marker_where_the_text_lost_its_markers()
    {
        var resolver = new FootnoteMarkerResolver(new HashSet<int> { 1, 2, 3 });
        var plain = new RawText();
        plain.AppendRun("in 2021.", 0, italic: false);
        var later = new RawText();
        later.AppendRun("the Cambodia conflict, 2 addressed", 20, italic: false);

        resolver.Resolve(plain);
        resolver.Resolve(later);

        Assert.Equal(2, Assert.Single(later.Markers).Number);
    }
}
