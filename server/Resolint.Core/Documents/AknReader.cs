namespace Resolint.Core.Documents;

public static class AknReader
{
    public static DocumentText Read(byte[] bytes) => throw new DocumentFormatException("not yet");
}
