namespace Resolint.Cli;

/// <summary>One way of printing a check run's findings (--format).</summary>
public interface IReportFormat
{
    void Write(CheckRunResult result, TextWriter output);
}
