using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Resolint.Core.Rules;

namespace Resolint.Cli;

/// <summary>`resolint rules`: every finding resolint can report, with its category and default severity.</summary>
public static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format", "-f") { Description = "text (a table) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("rules", "List the rules: id, category, default severity and title.") { format };
        command.SetAction(parsed => Run(environment, parsed.GetValue(format)!, parsed.InvocationConfiguration.Output));
        return command;
    }

    public static int Run(CliEnvironment environment, string format, TextWriter output)
    {
        IReadOnlyList<RuleDescriptor> rules = environment.Descriptors;
        if (format == "json")
        {
            WriteJson(rules, output);
            return ExitCodes.Clean;
        }

        int categoryWidth = rules.Select(r => r.Category.ToString().Length).DefaultIfEmpty(0).Max();
        foreach (RuleDescriptor rule in rules)
        {
            output.WriteLine($"{rule.Id}  {rule.Category.ToString().PadRight(categoryWidth)}  {TextFormat.SeverityName(rule.DefaultSeverity),-7}  {rule.Title}");
        }

        return ExitCodes.Clean;
    }

    private static void WriteJson(IReadOnlyList<RuleDescriptor> rules, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (RuleDescriptor rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("category", rule.Category.ToString());
                json.WriteString("defaultSeverity", TextFormat.SeverityName(rule.DefaultSeverity));
                json.WriteString("description", rule.Description);
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
