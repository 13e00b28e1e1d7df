using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiveStar.Criteria.Json;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Criteria;

/// <summary>Reads one criteria file (FiveStar document or RulesEngine workflows) into its JSON model, tagging every object with where it was read.</summary>
internal static partial class CriteriaReader
{
    /// <summary>Reads one criteria file.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="options">The limits and the language of messages.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <param name="format">The format the file is in.</param>
    /// <param name="root">Where the document's root was read.</param>
    /// <param name="extendedFrom">
    /// For a file another names in <c>extends</c>, where it is named: such a file may be anything on the disk, so unless it
    /// is a FiveStar document (a JSON object with <c>schemaVersion</c>) it is refused there with one message that shows
    /// nothing of its content.
    /// </param>
    /// <returns>The document, or <see langword="null"/> when it cannot be read.</returns>
    public static CriteriaDocumentDto? Read(ReadOnlyMemory<byte> utf8, string file, CriteriaLoaderOptions options, DiagnosticBag diagnostics, out CriteriaFormat format, out SourceRef root, SourceRef? extendedFrom = null)
    {
        format = CriteriaFormat.FiveStar;
        root = new SourceRef(file, "$", JsonLocator.None);
        if (utf8.Length > options.MaxFileBytes)
        {
            diagnostics.Add(root, null, $"the file is {utf8.Length:N0} bytes; criteria files may be at most {options.MaxFileBytes:N0} bytes (CriteriaLoaderOptions.MaxFileBytes)");
            return null;
        }

        var bytes = utf8.Span;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
            bytes = utf8.Span;
        }

        if (extendedFrom is not null && !IsFiveStarDocument(bytes, options))
        {
            diagnostics.Add(extendedFrom, null, Localizer.Format(options.Language, nameof(Messages.Load_ExtendsNotCriteria), file));
            return null;
        }

        var locator = JsonLocator.Index(bytes, options.MaxJsonDepth);
        root = root with { Locator = locator };
        foreach (var duplicate in locator.Duplicates)
        {
            var message = string.Equals(duplicate.Name, duplicate.FirstName, StringComparison.Ordinal)
                ? Localizer.Format(options.Language, nameof(Messages.Read_DuplicateMember), duplicate.Name, duplicate.FirstLine)
                : Localizer.Format(options.Language, nameof(Messages.Read_DuplicateMemberCase), duplicate.Name, duplicate.FirstName, duplicate.FirstLine);
            diagnostics.Add(new CriteriaDiagnostic(file, duplicate.JsonPath, duplicate.Line, duplicate.Column, null, message));
        }

        foreach (var (path, line, column) in locator.NullItems)
        {
            diagnostics.Add(new CriteriaDiagnostic(file, path, line, column, null, Localizer.Format(options.Language, nameof(Messages.Read_NullItem), path)));
        }

        if (locator.NullItems.Count > 0)
        {
            // Every list below would have to expect nothing where the format promises something: stop at the report.
            return null;
        }

        try
        {
            format = DetectFormat(bytes, options);
            var jsonOptions = new JsonSerializerOptions(CriteriaJsonContext.Default.Options) { MaxDepth = options.MaxJsonDepth };
            var context = new CriteriaJsonContext(jsonOptions);
            CriteriaDocumentDto? document;
            if (format == CriteriaFormat.RulesEngine)
            {
                var isArray = bytes.TrimStart(" \t\r\n"u8).StartsWith("["u8);
                var workflows = isArray
                    ? JsonSerializer.Deserialize(bytes, context.ListWorkflowDto)
                    : [JsonSerializer.Deserialize(bytes, context.WorkflowDto)!];
                document = RulesEngineWorkflows.ToDocument(workflows ?? [], isArray, file, root, options.Language, diagnostics);
                if (workflows is null || workflows.Count == 0)
                {
                    diagnostics.Add(root, null, "the RulesEngine file holds no workflow");
                }
            }
            else
            {
                document = JsonSerializer.Deserialize(bytes, context.CriteriaDocumentDto);
                if (document is null)
                {
                    diagnostics.Add(root, null, "the file holds JSON null; expected a criteria document object");
                    return null;
                }

                Tag(document, root, options.Language, diagnostics);
            }

            return document;
        }
        catch (JsonException exception)
        {
            diagnostics.Add(FromJsonException(exception, file, locator));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // System.Text.Json refuses text that is not valid UTF-8 when it turns it into strings.
            diagnostics.Add(root, null, $"the file is not valid UTF-8 text: {exception.Message}");
            return null;
        }
    }

    /// <summary>Whether the text is a JSON object with a top-level <c>schemaVersion</c>, read without keeping any of it.</summary>
    private static bool IsFiveStarDocument(ReadOnlySpan<byte> bytes, CriteriaLoaderOptions options)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = options.MaxJsonDepth,
        });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (string.Equals(reader.GetString(), "schemaVersion", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not JSON, not UTF-8, or not whole: not a criteria document either way.
        }

        return false;
    }

    private static CriteriaFormat DetectFormat(ReadOnlySpan<byte> bytes, CriteriaLoaderOptions options)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = options.MaxJsonDepth,
        });
        if (!reader.Read())
        {
            return CriteriaFormat.FiveStar;
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return CriteriaFormat.RulesEngine;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return CriteriaFormat.FiveStar;
        }

        // Only the top-level member names decide: a RulesEngine workflow names itself with WorkflowName.
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1
                && string.Equals(reader.GetString(), "WorkflowName", StringComparison.OrdinalIgnoreCase))
            {
                return CriteriaFormat.RulesEngine;
            }

            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
                reader.TrySkip();
            }
        }

        return CriteriaFormat.FiveStar;
    }

    private static void Tag(CriteriaDocumentDto document, SourceRef root, Language language, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < (document.Categories?.Count ?? 0); i++)
        {
            var category = document.Categories![i];
            if (category is not null)
            {
                category.Source = root.Item("categories", i);
                TagRules(category.Rules, category.Source, "rules", category.Id, CriteriaFormat.FiveStar, language, diagnostics);
            }
        }

        for (var i = 0; i < (document.Vetoes?.Count ?? 0); i++)
        {
            if (document.Vetoes![i] is { } veto)
            {
                veto.Source = root.Item("vetoes", i);
            }
        }

        for (var i = 0; i < (document.Parameters?.Count ?? 0); i++)
        {
            if (document.Parameters![i] is { } parameter)
            {
                parameter.Source = root.Item("parameters", i);
            }
        }

        for (var i = 0; i < (document.Indicators?.Count ?? 0); i++)
        {
            if (document.Indicators![i] is { } indicator)
            {
                indicator.Source = root.Item("indicators", i);
            }
        }
    }

    /// <summary>Records where each rule was read and checks its RulesEngine members that FiveStar does not evaluate.</summary>
    internal static void TagRules(List<RuleDto>? rules, SourceRef parent, string rulesMember, string? owner, CriteriaFormat format, Language language, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < (rules?.Count ?? 0); i++)
        {
            var rule = rules![i];
            if (rule is null)
            {
                continue;
            }

            rule.Source = parent.Item(rulesMember, i);
            RulesEngineWorkflows.CheckEngineMembers(rule, rule.Source, owner, format, language, diagnostics);
            TagRules(rule.Rules, rule.Source, rulesMember, owner, format, language, diagnostics);
        }
    }

    private static CriteriaDiagnostic FromJsonException(JsonException exception, string file, JsonLocator locator)
    {
        var path = exception.Path ?? "$";
        int? line = exception.LineNumber is { } l ? (int)l + 1 : null;
        int? column = exception.BytePositionInLine is { } c ? (int)c + 1 : null;
        var message = exception.Message;
        var unmapped = UnmappedMember().Match(message);
        if (unmapped.Success)
        {
            var member = unmapped.Groups["member"].Value;
            var owner = FriendlyTypeName(unmapped.Groups["type"].Value);
            message = $"unknown member '{member}' in {owner}; check its spelling against the criteria schema (member names are case-insensitive)";
            var position = locator.Find(path);
            line = position?.Line ?? line;
            column = position?.Column ?? column;
        }
        else if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            message = $"the value at {path} has the wrong type: expected {ExpectedType(message)}";
        }
        else if (message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            message = "the JSON is nested deeper than allowed (CriteriaLoaderOptions.MaxJsonDepth)";
        }
        else
        {
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            message = "the file is not valid JSON: " + (cut > 0 ? message[..cut] : message);
        }

        return new CriteriaDiagnostic(file, path, line, column, null, message);
    }

    private static string FriendlyTypeName(string typeName)
    {
        var name = typeName[(typeName.LastIndexOf('.') + 1)..];
        return name switch
        {
            nameof(RuleDto) => "a rule",
            nameof(CategoryDto) => "a category",
            nameof(VetoDto) => "a veto",
            nameof(IndicatorDto) => "an indicator",
            nameof(ParameterDto) => "a parameter",
            nameof(CriteriaDocumentDto) => "the document",
            nameof(WorkflowDto) => "a RulesEngine workflow",
            nameof(AwardDto) => "an award rule",
            nameof(RuleActionsDto) => "a rule's Actions (members OnSuccess and OnFailure)",
            nameof(ActionInfoDto) => "an action (members Name and Context)",
            nameof(LevelDto) => "the level policy",
            nameof(PeriodDto) => "the period",
            nameof(ScopedParamDto) => "a scoped parameter",
            nameof(ProvenanceDto) => "a provenance",
            nameof(LocalizedTextDto) => "a name (members zh and en)",
            _ => name,
        };
    }

    private static string ExpectedType(string message)
    {
        var builder = new StringBuilder();
        if (message.Contains("Double", StringComparison.Ordinal) || message.Contains("Int32", StringComparison.Ordinal))
        {
            builder.Append("a number");
        }
        else if (message.Contains("Boolean", StringComparison.Ordinal))
        {
            builder.Append("true or false");
        }
        else if (message.Contains("String", StringComparison.Ordinal))
        {
            builder.Append("a string");
        }
        else if (message.Contains("List", StringComparison.Ordinal))
        {
            builder.Append("an array");
        }
        else
        {
            builder.Append("an object");
        }

        return builder.ToString();
    }

    [GeneratedRegex("The JSON property '(?<member>[^']*)' could not be mapped to any \\.NET member contained in type '(?<type>[^']*)'")]
    private static partial Regex UnmappedMember();
}
