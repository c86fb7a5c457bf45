using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Resolint.Tests.Cli;

/// <summary>
/// A validator for the part of JSON Schema draft 04 that the SARIF 2.1.0 schema uses: $ref to definitions, type,
/// enum, properties, required, additionalProperties, items, minItems, uniqueItems, minimum, maximum, pattern, anyOf
/// and the formats uri, uri-reference and date-time. A keyword it does not know makes it throw, so a schema can
/// never be half-checked in silence.
/// </summary>
internal sealed partial class JsonSchemaValidator(JsonElement root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "title", "description", "default", "definitions"];

    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            // In draft 04 a $ref replaces the schema it stands in: its siblings are ignored.
            Check(Resolve(reference.GetString()!), value, path, errors);
            return;
        }

        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "type":
                    string[] types = keyword.Value.ValueKind == JsonValueKind.Array ? [.. keyword.Value.EnumerateArray().Select(t => t.GetString()!)] : [keyword.Value.GetString()!];
                    if (!types.Any(t => HasType(value, t)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, found {value.ValueKind}");
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(e => JsonEquals(e, value)))
                    {
                        errors.Add($"{path}: {value.GetRawText()} is not one of {keyword.Value.GetRawText()}");
                    }

                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (JsonProperty property in keyword.Value.EnumerateObject())
                        {
                            if (value.TryGetProperty(property.Name, out JsonElement child))
                            {
                                Check(property.Value, child, $"{path}.{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        var declared = schema.TryGetProperty("properties", out JsonElement properties) ? properties.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                        foreach (JsonProperty property in value.EnumerateObject().Where(p => !declared.Contains(p.Name)))
                        {
                            if (keyword.Value.ValueKind == JsonValueKind.False)
                            {
                                errors.Add($"{path}: property \"{property.Name}\" is not allowed");
                            }
                            else if (keyword.Value.ValueKind == JsonValueKind.Object)
                            {
                                Check(keyword.Value, property.Value, $"{path}.{property.Name}", errors);
                            }
                        }
                    }

                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (string name in keyword.Value.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                        {
                            errors.Add($"{path}: required property \"{name}\" is missing");
                        }
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        int i = 0;
                        foreach (JsonElement item in value.EnumerateArray())
                        {
                            Check(keyword.Value, item, $"{path}[{i++}]", errors);
                        }
                    }

                    break;
                case "minItems":
                    if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() < keyword.Value.GetInt32())
                    {
                        errors.Add($"{path}: fewer than {keyword.Value.GetInt32()} items");
                    }

                    break;
                case "uniqueItems":
                    if (value.ValueKind == JsonValueKind.Array && keyword.Value.GetBoolean())
                    {
                        List<JsonElement> items = [.. value.EnumerateArray()];
                        if (items.Where((item, i) => items.Take(i).Any(earlier => JsonEquals(earlier, item))).Any())
                        {
                            errors.Add($"{path}: items are not unique");
                        }
                    }

                    break;
                case "minimum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDecimal() < keyword.Value.GetDecimal())
                    {
                        errors.Add($"{path}: {value.GetRawText()} is below the minimum {keyword.Value.GetRawText()}");
                    }

                    break;
                case "maximum":
                    if (value.ValueKind == JsonValueKind.Number && value.GetDecimal() > keyword.Value.GetDecimal())
                    {
                        errors.Add($"{path}: {value.GetRawText()} is above the maximum {keyword.Value.GetRawText()}");
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!))
                    {
                        errors.Add($"{path}: \"{value.GetString()}\" does not match {keyword.Value.GetString()}");
                    }

                    break;
                case "format":
                    if (value.ValueKind == JsonValueKind.String && !HasFormat(value.GetString()!, keyword.Value.GetString()!))
                    {
                        errors.Add($"{path}: \"{value.GetString()}\" is not a valid {keyword.Value.GetString()}");
                    }

                    break;
                case "anyOf":
                    if (!keyword.Value.EnumerateArray().Any(option =>
                    {
                        var optionErrors = new List<string>();
                        Check(option, value, path, optionErrors);
                        return optionErrors.Count == 0;
                    }))
                    {
                        errors.Add($"{path}: matches none of {keyword.Value.GetRawText()}");
                    }

                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException($"The validator does not know the keyword \"{keyword.Name}\".");
                    }

                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/definitions/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local definitions are resolved, not {reference}.");
        }

        return root.GetProperty("definitions").GetProperty(reference[prefix.Length..]);
    }

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.GetDecimal() == decimal.Truncate(value.GetDecimal()),
        _ => throw new NotSupportedException($"Unknown type {type}."),
    };

    private static bool HasFormat(string text, string format) => format switch
    {
        "uri" => AbsoluteUri().IsMatch(text),
        "uri-reference" => UriReference().IsMatch(text),
        "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => throw new NotSupportedException($"Unknown format {format}."),
    };

    private static bool JsonEquals(JsonElement a, JsonElement b) => JsonElement.DeepEquals(a, b);

    // RFC 3986: only unreserved and reserved characters, and percent-encoded octets; an absolute URI starts with a scheme.
    [GeneratedRegex("^(?:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")]
    private static partial Regex UriReference();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.\\-]*:(?:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")]
    private static partial Regex AbsoluteUri();
}
