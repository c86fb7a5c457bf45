using Microsoft.Extensions.Logging;
using Resolint.Lsp;

namespace Resolint.Tests.Lsp;

public sealed class StderrLogProviderTests
{
    [Fact]
    public void A_message_is_one_line_with_time_level_and_category_and_an_exception_follows_it()
    {
        var stderr = new StringWriter();
        using ILoggerFactory factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(new StderrLogProvider(stderr)));
        ILogger logger = factory.CreateLogger("resolint.lsp");

        logger.LogDebug("below the level");
        logger.LogWarning("Ignored version {Version}.", 3);
        logger.LogError(new InvalidOperationException("broken"), "Checking failed.");

        string[] lines = stderr.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\d\d:\d\d:\d\d\.\d{3} warn resolint\.lsp: Ignored version 3\.$", lines[0]);
        Assert.Matches(@"^\d\d:\d\d:\d\d\.\d{3} fail resolint\.lsp: Checking failed\.$", lines[1]);
        Assert.Equal("System.InvalidOperationException: broken", lines[2]);
        Assert.Equal(3, lines.Length);
    }
}
