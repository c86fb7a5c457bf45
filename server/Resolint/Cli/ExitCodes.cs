namespace Resolint.Cli;

/// <summary>What the process tells CI: the build passes on 0, fails on 1, and 2 says the run itself went wrong.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at error severity (and warnings within --max-warnings).</summary>
    public const int Clean = 0;

    /// <summary>Something at error severity, or more warnings than --max-warnings allows.</summary>
    public const int ProblemsFound = 1;

    /// <summary>A usage error (unknown option, bad configuration) or a file that could not be read or written.</summary>
    public const int UsageOrIoError = 2;
}
