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
            diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Read_FileTooLarge), utf8.Length, options.MaxFileBytes));
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

        var cleanedRead = false;
        try
        {
            format = DetectFormat(bytes, options);
            var context = ContextFor(options.MaxJsonDepth);
            var isArray = format == CriteriaFormat.RulesEngine && bytes.TrimStart(" \t\r\n"u8).StartsWith("["u8);
            var rootType = format != CriteriaFormat.RulesEngine ? typeof(CriteriaDocumentDto) : isArray ? typeof(List<WorkflowDto>) : typeof(WorkflowDto);

            // Unknown members and values of the wrong type are reported, left out, and loading goes on with the rest.
            var shape = ShapeChecker.Check(utf8, rootType, context.Options, out var cleaned);
            Report(shape, file, locator, options.Language, diagnostics);
            cleanedRead = cleaned is not null;
            if (cleaned is not null)
            {
                bytes = cleaned;
            }

            CriteriaDocumentDto? document;
            if (format == CriteriaFormat.RulesEngine)
            {
                var workflows = isArray
                    ? JsonSerializer.Deserialize(bytes, context.ListWorkflowDto)
                    : [JsonSerializer.Deserialize(bytes, context.WorkflowDto)!];
                if (cleanedRead)
                {
                    shape!.DropNullItems(workflows);
                }

                document = RulesEngineWorkflows.ToDocument(workflows ?? [], isArray, file, root, options.Language, diagnostics);
                if (workflows is null || workflows.Count == 0)
                {
                    diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Read_NoWorkflow)));
                }
            }
            else
            {
                document = JsonSerializer.Deserialize(bytes, context.CriteriaDocumentDto);
                if (document is null)
                {
                    diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Read_JsonNull)));
                    return null;
                }

                Tag(document, root, options.Language, diagnostics);
                if (cleanedRead)
                {
                    shape!.DropNullItems(document);
                }
            }

            return document;
        }
        catch (JsonException exception)
        {
            diagnostics.Add(FromJsonException(exception, utf8.Span, file, locator, options, cleanedRead));
            return null;
        }
        catch (InvalidOperationException exception)
        {
            // System.Text.Json refuses text that is not valid UTF-8 when it turns it into strings.
            diagnostics.Add(root, null, Localizer.Format(options.Language, nameof(Messages.Read_NotUtf8), exception.Message));
            return null;
        }
    }

    /// <summary>
    /// The JSON context for a depth limit: the shared default one for the usual limit, whose metadata is then built once per
    /// process (the plug-in manifests and the document are read with it too), and a context of its own for any other.
    /// </summary>
    private static CriteriaJsonContext ContextFor(int maxDepth) => maxDepth == CriteriaJsonContext.Default.Options.MaxDepth
        ? CriteriaJsonContext.Default
        : new CriteriaJsonContext(new JsonSerializerOptions(CriteriaJsonContext.Default.Options) { MaxDepth = maxDepth });

    /// <summary>Whether the text is a JSON object with a top-level <c>schemaVersion</c>, read without keeping any of it.</summary>
    private static bool IsFiveStarDocument(ReadOnlySpan<byte> bytes, CriteriaLoaderOptions options)
    {
        var reader = new Utf8JsonReader(bytes, ScanOptions(options));
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

    /// <summary>How the document is scanned before it is read: as leniently as the reader, and no deeper.</summary>
    private static JsonReaderOptions ScanOptions(CriteriaLoaderOptions options) => new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = options.MaxJsonDepth,
    };

    private static CriteriaFormat DetectFormat(ReadOnlySpan<byte> bytes, CriteriaLoaderOptions options)
    {
        var reader = new Utf8JsonReader(bytes, ScanOptions(options));
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

    private static CriteriaDiagnostic FromJsonException(JsonException exception, ReadOnlySpan<byte> utf8, string file, JsonLocator locator, CriteriaLoaderOptions options, bool cleanedRead)
    {
        var language = options.Language;
        var path = exception.Path ?? "$";
        int? line = exception.LineNumber is { } l ? (int)l + 1 : null;
        int? column = exception.BytePositionInLine is { } c ? (int)c + 1 : null;
        if (cleanedRead && locator.Find(path) is { } written)
        {
            // The exception's position is in the text written again without the bad members: use the file's own.
            (line, column) = written;
        }

        var message = exception.Message;
        var unmapped = UnmappedMember().Match(message);
        if (unmapped.Success)
        {
            var member = unmapped.Groups["member"].Value;
            var owner = FriendlyTypeName(unmapped.Groups["type"].Value, language);
            message = Localizer.Format(language, nameof(Messages.Read_UnknownMember), member, owner);
            var position = locator.Find(path);
            line = position?.Line ?? line;
            column = position?.Column ?? column;
        }
        else if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            message = Localizer.Format(language, nameof(Messages.Read_WrongType), path, ExpectedType(message, language));
        }
        else if (message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            message = Localizer.Format(language, nameof(Messages.Read_TooDeep));
        }
        else if (JsonSyntaxError.Find(utf8, ScanOptions(options), language) is { } syntax)
        {
            // Read again from the file's own bytes: the reason in the user's language, at the file's line and column.
            message = Localizer.Format(language, nameof(Messages.Read_NotJson), syntax.Reason);
            (line, column) = ((int)syntax.Line, syntax.Column);
        }
        else
        {
            message = Localizer.Format(language, nameof(Messages.Read_NotJson), Localizer.Format(language, nameof(Messages.Json_Syntax_Invalid)));
        }

        return new CriteriaDiagnostic(file, path, line, column, null, message);
    }

    /// <summary>Reports the tolerant pass's problems as deferred errors, so the load goes on and reports the others with them.</summary>
    private static void Report(ShapeChecker? shape, string file, JsonLocator locator, Language language, DiagnosticBag diagnostics)
    {
        if (shape is null)
        {
            return;
        }

        foreach (var problem in shape.Problems)
        {
            var message = problem.Expected is { } expected
                ? Localizer.Format(language, nameof(Messages.Read_WrongType), problem.JsonPath, Expected(expected.Kind, language))
                : problem.Suggestion is { } suggestion
                    ? Localizer.Format(language, nameof(Messages.Read_UnknownMemberNear), problem.Member, FriendlyTypeName(problem.Owner!.Name, language), suggestion)
                    : Localizer.Format(language, nameof(Messages.Read_UnknownMember), problem.Member, FriendlyTypeName(problem.Owner!.Name, language));
            var position = locator.Find(problem.JsonPath);
            diagnostics.AddDeferred(new CriteriaDiagnostic(file, problem.JsonPath, position?.Line, position?.Column, null, message));
        }

        foreach (var (objectPath, member) in shape.Unreadable)
        {
            diagnostics.MarkUnreadable(file, objectPath, member);
        }
    }

    private static string Expected(ShapeChecker.ShapeKind kind, Language language) => kind switch
    {
        ShapeChecker.ShapeKind.Number or ShapeChecker.ShapeKind.Integer => Localizer.Format(language, nameof(Messages.Read_ExpectNumber)),
        ShapeChecker.ShapeKind.Boolean => Localizer.Format(language, nameof(Messages.Read_ExpectBoolean)),
        ShapeChecker.ShapeKind.String => Localizer.Format(language, nameof(Messages.Read_ExpectString)),
        ShapeChecker.ShapeKind.Text => Localizer.Format(language, nameof(Messages.Read_ExpectText)),
        ShapeChecker.ShapeKind.Array => Localizer.Format(language, nameof(Messages.Read_ExpectArray)),
        _ => Localizer.Format(language, nameof(Messages.Read_ExpectObject)),
    };

    private static string FriendlyTypeName(string typeName, Language language)
    {
        var name = typeName[(typeName.LastIndexOf('.') + 1)..];
        return name switch
        {
            nameof(RuleDto) => Localizer.Format(language, nameof(Messages.Read_OwnerRule)),
            nameof(CategoryDto) => Localizer.Format(language, nameof(Messages.Read_OwnerCategory)),
            nameof(VetoDto) => Localizer.Format(language, nameof(Messages.Read_OwnerVeto)),
            nameof(IndicatorDto) => Localizer.Format(language, nameof(Messages.Read_OwnerIndicator)),
            nameof(ParameterDto) => Localizer.Format(language, nameof(Messages.Read_OwnerParameter)),
            nameof(CriteriaDocumentDto) => Localizer.Format(language, nameof(Messages.Read_OwnerCriteriaDocument)),
            nameof(WorkflowDto) => Localizer.Format(language, nameof(Messages.Read_OwnerWorkflow)),
            nameof(AwardDto) => Localizer.Format(language, nameof(Messages.Read_OwnerAward)),
            nameof(RuleActionsDto) => Localizer.Format(language, nameof(Messages.Read_OwnerRuleActions)),
            nameof(ActionInfoDto) => Localizer.Format(language, nameof(Messages.Read_OwnerActionInfo)),
            nameof(LevelDto) => Localizer.Format(language, nameof(Messages.Read_OwnerLevel)),
            nameof(PeriodDto) => Localizer.Format(language, nameof(Messages.Read_OwnerPeriod)),
            nameof(ScopedParamDto) => Localizer.Format(language, nameof(Messages.Read_OwnerScopedParam)),
            nameof(ProvenanceDto) => Localizer.Format(language, nameof(Messages.Read_OwnerProvenance)),
            nameof(LocalizedTextDto) => Localizer.Format(language, nameof(Messages.Read_OwnerLocalizedText)),
            _ => name,
        };
    }

    private static string ExpectedType(string message, Language language)
    {
        var builder = new StringBuilder();
        if (message.Contains("Double", StringComparison.Ordinal) || message.Contains("Int32", StringComparison.Ordinal))
        {
            builder.Append(Localizer.Format(language, nameof(Messages.Read_ExpectNumber)));
        }
        else if (message.Contains("Boolean", StringComparison.Ordinal))
        {
            builder.Append(Localizer.Format(language, nameof(Messages.Read_ExpectBoolean)));
        }
        else if (message.Contains("String", StringComparison.Ordinal))
        {
            builder.Append(Localizer.Format(language, nameof(Messages.Read_ExpectString)));
        }
        else if (message.Contains("List", StringComparison.Ordinal))
        {
            builder.Append(Localizer.Format(language, nameof(Messages.Read_ExpectArray)));
        }
        else
        {
            builder.Append(Localizer.Format(language, nameof(Messages.Read_ExpectObject)));
        }

        return builder.ToString();
    }

    [GeneratedRegex("The JSON property '(?<member>[^']*)' could not be mapped to any \\.NET member contained in type '(?<type>[^']*)'")]
    private static partial Regex UnmappedMember();
}
