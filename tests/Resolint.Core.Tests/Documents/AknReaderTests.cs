using System.Text;
using Resolint.Core.Documents;

namespace Resolint.Core.Tests.Documents;

/// <summary>An Akoma Ntoso file reads as its printed resolution: heading, recitals, numbered paragraphs and points, notes.</summary>
public sealed class AknReaderTests
{
    private static string Render(string inner) =>
        AknReader.Read(Encoding.UTF8.GetBytes($"<akomaNtoso xmlns=\"{DocumentReader.AknNamespace}\"><statement name=\"resolution\">{inner}</statement></akomaNtoso>")).Text;

    [Fact]
    public void The_printed_parts_are_read_in_order_and_the_metadata_is_not()
    {
        string text = Render(
            "<meta><identification><FRBRWork><FRBRthis value=\"x\"/></FRBRWork></identification></meta>"
            + "<coverPage><p><docNumber>A/RES/75/1</docNumber></p><p><docTitle>Resolution adopted by the General Assembly  on 1 May 2020</docTitle></p></coverPage>"
            + "<preface><p>\n  <docNumber>75/1.</docNumber>\n  <docTitle><span class=\"bold\">Title (</span>\n  <span class=\"bold italic\">jus cogens</span>\n  <span class=\"bold\">)</span></docTitle></p></preface>"
            + "<preamble><formula name=\"enactingFormula\"><p><span class=\"italic\">The General Assembly</span>,</p></formula>"
            + "<container name=\"Recalling\"><p><i>Recalling</i> its resolution 70/1,<authorialNote marker=\"2\"><p>See A/70/PV.4.</p></authorialNote></p></container></preamble>"
            + "<mainBody><paragraph><num>\t1.</num><content><p><i>Decides</i>:</p></content>"
            + "<list><point><num>(a)</num><content><p>first;</p></content></point></list></paragraph></mainBody>"
            + "<conclusions><p>41st plenary meeting<eol/>1 May 2020</p></conclusions>");

        Assert.Equal(
            "Resolution adopted by the General Assembly on 1 May 2020\n\n75/1. Title (*jus cogens*)\n\n*The General Assembly*,\n\n"
            + "*Recalling* its resolution 70/1,[^2]\n\n1. *Decides*:\n\n(a) first;\n\n41st plenary meeting\n1 May 2020\n\n"
            + "__________________\n\n[^2]: See A/70/PV.4.\n",
            text);
    }

    [Fact]
    public void A_note_of_the_metadata_is_read_at_its_number_and_a_reference_to_it_is_its_marker()
    {
        string text = Render(
            "<meta><notes source=\"#un\"><note eId=\"note_1\" marker=\"1\"><p>* Reissued for technical reasons.</p></note>"
            + "<note eId=\"note_4\" marker=\"4\"><p>See A/70/PV.4.</p></note></notes></meta>"
            + "<preamble><container name=\"Recalling\"><p><i>Recalling</i> its resolution 70/1,<authorialNote marker=\"3\"><p>Resolution 70/1.</p></authorialNote>"
            + " and the debate,<noteRef href=\"#note_4\" marker=\"4\"/></p></container></preamble>"
            + "<mainBody><paragraph><num>1.</num><content><p><i>Decides</i> to continue.</p></content></paragraph></mainBody>");

        Assert.Equal(
            "*Recalling* its resolution 70/1,[^3] and the debate,[^4]\n\n1. *Decides* to continue.\n\n"
            + "__________________\n\n[^1]: \\* Reissued for technical reasons.\n[^3]: Resolution 70/1.\n[^4]: See A/70/PV.4.\n",
            text);
    }

    [Fact]
    public void Xml_that_is_not_akoma_ntoso_is_refused()
    {
        var error = Assert.Throws<DocumentFormatException>(() => AknReader.Read("<Project><Item /></Project>"u8.ToArray()));
        Assert.Contains("not Akoma Ntoso", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_definition_is_refused_so_no_entity_expands()
    {
        byte[] bomb = Encoding.UTF8.GetBytes("<!DOCTYPE a [<!ENTITY x \"xxxxxxxx\"><!ENTITY y \"&x;&x;&x;&x;\">]><akomaNtoso>&y;</akomaNtoso>");
        Assert.Throws<DocumentFormatException>(() => AknReader.Read(bomb));
    }
}
