using Resolint.Core.Parsing;

namespace Resolint.Core.Tests.Parsing;

/// <summary>A raw text's characters come from the shared pool and go back when the text is released, unless lent.</summary>
public sealed class RawTextPoolTests
{
    private static readonly string Words = new('a', 4000);

    [Fact]
    public void Characters_given_back_are_taken_up_by_the_next_text_read()
    {
        RawText first = Read(Words);
        first.Release();

        long before = GC.GetAllocatedBytesForCurrentThread();
        RawText second = Read(Words);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < Words.Length * sizeof(char), $"{allocated} bytes allocated for a text of {Words.Length} characters");
        Assert.Equal(Words, second.ToString());
        Assert.ThrowsAny<ArgumentException>(() => first.ToString());
    }

    [Fact]
    public void A_text_lent_keeps_its_characters_when_the_one_it_was_lent_from_is_released()
    {
        RawText original = Read(Words);
        RawText lent = original.Lent(10);
        original.Release();

        // The next text read takes up whatever the pool holds: not the characters the lent text still reads.
        Read(new string('b', Words.Length));

        Assert.Equal(Words, lent.ToString());
    }

    [Fact]
    public void Outgrown_characters_go_back_to_the_pool()
    {
        RawText text = Read(Words);
        text.Expect(Words.Length * 4);

        long before = GC.GetAllocatedBytesForCurrentThread();
        RawText next = Read(Words);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < Words.Length * sizeof(char), $"{allocated} bytes allocated for a text of {Words.Length} characters");
        Assert.Equal(Words, text.ToString());
        Assert.Equal(Words, next.ToString());
    }

    private static RawText Read(string words)
    {
        var raw = new RawText(words.Length);
        raw.AppendRun(words, 0, italic: false);
        return raw;
    }
}
