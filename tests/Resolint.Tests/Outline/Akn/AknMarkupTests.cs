namespace Resolint.Tests.Outline.Akn;

/// <summary>How <see cref="AknMarkup"/> reads the UN's markup where its conversion slipped (short excerpts of devset files).</summary>
public sealed class AknMarkupTests
{
    private const string Open = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">""";

    private const string Close = "</statement></akomaNtoso>";

    [Fact]
    public void Opening_words_are_the_words_the_italics_touch_where_the_name_was_cut()
    {
        OutlineFacts facts = Read("""
            <preamble>
              <container name="Expressin"><p> <span class="italic">Expressin</span>g <span class="italic">grave concern</span> about the violence,</p></container>
              <container name="S"><p> <span class="italic">S</span><span class="italic">trongly condemning also</span> the forcible transfer of children,</p></container>
              <container name="Guided"><p><span class="italic">Guided</span> <span class="italic">also</span> by the Universal Declaration of Human Rights,</p></container>
              <container name="Reaffirming"><p><span class="italic">Reaffirming</span> its commitment to the sovereignty of the State,<authorialNote marker="1"><p><span class="italic">Official Records</span></p></authorialNote></p></container>
            </preamble>
            """);

        Assert.Equal(["Expressing grave concern", "Strongly condemning also", "Guided also", "Reaffirming"], facts.Preamble);
    }

    [Fact]
    public void A_note_of_the_cover_is_left_out_and_the_others_counted()
    {
        OutlineFacts facts = Read("""
            <preface><p><docNumber>B</docNumber><authorialNote marker="1"><p>Resolution 77/253 becomes resolution 77/253 A.</p></authorialNote></p></preface>
            <preamble><container name="Recalling"><p><span class="italic">Recalling</span> its resolutions,<authorialNote marker="2"><p>A/77/766.</p></authorialNote></p></container></preamble>
            """);

        Assert.Equal([2], facts.Footnotes);
    }

    private static OutlineFacts Read(string body)
    {
        string path = Path.Combine(Path.GetTempPath(), $"akn-{Guid.NewGuid():N}.xml");
        File.WriteAllText(path, Open + body + Close);
        try
        {
            return AknMarkup.Read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
