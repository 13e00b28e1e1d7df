using System.Globalization;
using System.Text;
using System.Text.Json;
using FiveStar.Criteria;
using FiveStar.Criteria.Json;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Reading;

namespace FiveStar.CriteriaTests;

/// <summary>
/// Runs the test cases a town writes for its criteria (<c>docs/criteria-tests.md</c>): example villages, given by their
/// values or as changes to a village of a file, with the stars, level, awarded categories, criterion states, vetoes and data
/// problems the town expects, optionally under changed parameters. A township system can run a town's tests in its CI.
/// </summary>
public sealed class CriteriaTestRunner
{
    private static readonly JsonDocumentOptions s_json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };
    private static readonly string[] s_fileMembers = ["$schema", "criteria", "villages", "defaults", "cases"];
    private static readonly string[] s_caseMembers = ["name", "base", "values", "parameters", "expect"];
    private static readonly string[] s_expectMembers = ["rated", "stars", "level", "awarded", "notAwarded", "criteria", "vetoes", "problems"];

    private readonly StarRaterFactory _factory;
    private readonly Language _language;

    /// <summary>Initializes a new instance of the <see cref="CriteriaTestRunner"/> class with failure messages in the current UI language.</summary>
    /// <param name="factory">Loads the criteria the cases rate against (with the plug-ins they need).</param>
    public CriteriaTestRunner(StarRaterFactory factory)
        : this(factory, Language.Current)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CriteriaTestRunner"/> class.</summary>
    /// <param name="factory">Loads the criteria the cases rate against (with the plug-ins they need).</param>
    /// <param name="language">The language of failure messages.</param>
    public CriteriaTestRunner(StarRaterFactory factory, Language language)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(language);
        _factory = factory;
        _language = language;
    }

    /// <summary>Runs every case of a test file.</summary>
    /// <param name="path">The test file; the criteria and villages files it names are relative to its folder.</param>
    /// <returns>Each case's result.</returns>
    /// <exception cref="CriteriaException">The test file or the criteria it names are invalid; every problem is listed.</exception>
    public CriteriaTestReport RunFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = File.ReadAllBytes(path);
        var locator = JsonLocator.Index(bytes, 64);
        var problems = new List<CriteriaDiagnostic>();
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, s_json);
        }
        catch (JsonException exception)
        {
            // The reason is worded from the bytes, in the run's language; the reader's own message is English.
            var options = new JsonReaderOptions { CommentHandling = s_json.CommentHandling, AllowTrailingCommas = s_json.AllowTrailingCommas, MaxDepth = s_json.MaxDepth };
            var syntax = JsonSyntaxError.Find(bytes, options, _language);
            var reason = syntax?.Reason ?? Text(nameof(Messages.Json_Syntax_Invalid));
            var line = syntax is { } at ? (int)at.Line : (int?)exception.LineNumber + 1;
            var column = syntax is { } fault ? fault.Column : (int?)exception.BytePositionInLine + 1;
            throw new CriteriaException([new CriteriaDiagnostic(path, "$", line, column, null, Text(nameof(Messages.Test_NotJson), reason))]);
        }

        using (json)
        {
            var root = json.RootElement;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(path, locator, "$", Text(nameof(Messages.Test_NotAnObject)));
            }

            CheckMembers(root, "$", s_fileMembers, path, locator, problems);
            var criteriaPath = root.TryGetProperty("criteria", out var criteria) && criteria.ValueKind == JsonValueKind.String
                ? Path.Combine(folder, criteria.GetString()!)
                : Beside(path);
            if (criteriaPath is null || !File.Exists(criteriaPath))
            {
                problems.Add(At(path, locator, "$.criteria", Text(nameof(Messages.Test_NoCriteria), criteriaPath ?? Path.GetFileName(path))));
            }

            var villagesPath = root.TryGetProperty("villages", out var villages) && villages.ValueKind == JsonValueKind.String ? Path.Combine(folder, villages.GetString()!) : null;
            if (villagesPath is not null && !File.Exists(villagesPath))
            {
                problems.Add(At(path, locator, "$.villages", Text(nameof(Messages.Test_NoVillages), villagesPath)));
            }

            if (!root.TryGetProperty("cases", out var cases) || cases.ValueKind != JsonValueKind.Array || cases.GetArrayLength() == 0)
            {
                problems.Add(At(path, locator, "$.cases", Text(nameof(Messages.Test_NoCases))));
            }
            else
            {
                var index = 0;
                foreach (var testCase in cases.EnumerateArray())
                {
                    var at = $"$.cases[{index++}]";
                    CheckMembers(testCase, at, s_caseMembers, path, locator, problems);
                    if (testCase.ValueKind == JsonValueKind.Object && testCase.TryGetProperty("expect", out var expect))
                    {
                        CheckMembers(expect, at + ".expect", s_expectMembers, path, locator, problems);
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new CriteriaException(problems);
            }

            var rater = _factory.FromFile(criteriaPath!);
            var defaults = root.TryGetProperty("defaults", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
            var results = new List<CriteriaTestCaseResult>();
            foreach (var testCase in cases.EnumerateArray())
            {
                results.Add(RunCase(testCase, rater, criteriaPath!, villagesPath, defaults));
            }

            return new CriteriaTestReport { File = path, Criteria = criteriaPath!, Cases = results };
        }
    }

    private CriteriaTestCaseResult RunCase(JsonElement testCase, StarRater baseRater, string criteriaPath, string? villagesPath, JsonElement defaults)
    {
        var name = testCase.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "?";
        var failures = new List<CriteriaTestFailure>();
        VillageRating? rating = null;
        try
        {
            var rater = testCase.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                ? WithParameters(criteriaPath, parameters)
                : baseRater;
            var (batch, row) = Village(testCase, rater, villagesPath, defaults, name);
            rating = rater.RateRow(batch, row, _language);
            if (testCase.TryGetProperty("expect", out var expect) && expect.ValueKind == JsonValueKind.Object)
            {
                Check(expect, rating, rater, failures);
            }
        }
        catch (Exception exception) when (exception is CriteriaException or ArgumentException or InvalidDataException or IOException or InvalidOperationException)
        {
            var message = exception is CriteriaException criteria && criteria.Diagnostics.Count > 0
                ? string.Join(Environment.NewLine, criteria.Diagnostics)
                : exception.Message;
            failures.Add(new CriteriaTestFailure("case", string.Empty, string.Empty, Text(nameof(Messages.Test_CaseCannotRun), message)));
        }

        return new CriteriaTestCaseResult { Name = name, Failures = failures, Rating = rating };
    }

    private StarRater WithParameters(string criteriaPath, JsonElement parameters)
    {
        // A "what if" case: the criteria with changed parameters, loaded as a document extending them, so a misspelt parameter is caught.
        var overlay = new StringBuilder("{\"schemaVersion\":\"1.0\",\"extends\":");
        overlay.Append(Quote(Path.GetFullPath(criteriaPath))).Append(",\"parameters\":[");
        var first = true;
        foreach (var parameter in parameters.EnumerateObject())
        {
            overlay.Append(first ? string.Empty : ",").Append("{\"id\":").Append(Quote(parameter.Name))
                .Append(",\"value\":").Append(parameter.Value.GetRawText()).Append('}');
            first = false;
        }

        overlay.Append("]}");
        // The name starts with '<' so that it is not taken for the criteria file itself (which would be a cycle of extends).
        return _factory.FromJson(overlay.ToString(), $"<{Path.GetFileName(criteriaPath)} + parameters>");
    }

    private (VillageBatch Batch, int Row) Village(JsonElement testCase, StarRater rater, string? villagesPath, JsonElement defaults, string name)
    {
        var batch = rater.CreateBatch(16);
        int row;
        if (testCase.TryGetProperty("base", out var baseVillage) && baseVillage.ValueKind == JsonValueKind.String)
        {
            var wanted = baseVillage.GetString()!;
            if (villagesPath is null)
            {
                throw new InvalidDataException(Text(nameof(Messages.Test_BaseWithoutVillages), wanted));
            }

            var all = rater.CreateBatch();
            using (var reader = VillageReader.Open(villagesPath, rater.Schema))
            {
                reader.ReadBatch(all, int.MaxValue);
            }

            var found = Enumerable.Range(0, all.Count).FirstOrDefault(r => all.GetId(r) == wanted || all.GetName(r) == wanted, -1);
            if (found < 0)
            {
                throw new InvalidDataException(Text(nameof(Messages.Test_BaseNotFound), wanted, villagesPath));
            }

            batch = all;
            row = found;
        }
        else
        {
            row = batch.Add(name, name);
            Apply(batch, row, defaults);
        }

        if (testCase.TryGetProperty("values", out var values))
        {
            Apply(batch, row, values);
        }

        return (batch, row);
    }

    private static void Apply(VillageBatch batch, int row, JsonElement values)
    {
        if (values.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var value in values.EnumerateObject())
        {
            switch (value.Value.ValueKind)
            {
                case JsonValueKind.Number:
                    batch.Set(row, value.Name, value.Value.GetDouble());
                    break;
                case JsonValueKind.True:
                case JsonValueKind.False:
                    batch.Set(row, value.Name, value.Value.GetBoolean());
                    break;
                case JsonValueKind.String:
                    batch.Set(row, value.Name, value.Value.GetString()!);
                    break;
                default:
                    // null: the value is missing.
                    batch.Set(row, value.Name, double.NaN);
                    break;
            }
        }
    }

    private void Check(JsonElement expect, VillageRating rating, StarRater rater, List<CriteriaTestFailure> failures)
    {
        if (expect.TryGetProperty("rated", out var rated) && rated.ValueKind is JsonValueKind.True or JsonValueKind.False && rated.GetBoolean() != rating.Rated)
        {
            failures.Add(Fail("rated", Bool(rated.GetBoolean()), Bool(rating.Rated), nameof(Messages.Test_FailRated)));
        }

        if (expect.TryGetProperty("stars", out var stars) && stars.TryGetInt32(out var s) && s != rating.Stars)
        {
            failures.Add(Fail("stars", Number(s), Number(rating.Stars), nameof(Messages.Test_FailStars)));
        }

        if (expect.TryGetProperty("level", out var level) && level.TryGetInt32(out var l) && l != rating.Level)
        {
            failures.Add(Fail("level", Number(l), Number(rating.Level), nameof(Messages.Test_FailLevel)));
        }

        foreach (var (member, awarded) in new[] { ("awarded", true), ("notAwarded", false) })
        {
            foreach (var id in Strings(expect, member))
            {
                var category = rating.Categories.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
                if (category is null)
                {
                    failures.Add(new CriteriaTestFailure(id, member, string.Empty, Text(nameof(Messages.Test_UnknownCategory), id, IdSuggestion.Hint(_language, id, rater.Categories.Select(c => c.Id)))));
                }
                else if (category.Awarded != awarded)
                {
                    var expectedText = Text(awarded ? nameof(Messages.Test_Awarded) : nameof(Messages.Test_NotAwarded));
                    var actualText = Text(category.Awarded ? nameof(Messages.Test_Awarded) : nameof(Messages.Test_NotAwarded));
                    if (!category.Awarded)
                    {
                        actualText += $" ({category.Reason ?? category.Outcome.ToString()})";
                    }

                    failures.Add(new CriteriaTestFailure(id, expectedText, actualText, Text(nameof(Messages.Test_FailCategory), id, expectedText, actualText)));
                }
            }
        }

        if (expect.TryGetProperty("criteria", out var criteria) && criteria.ValueKind == JsonValueKind.Object)
        {
            var all = rating.Categories.SelectMany(c => c.Criteria).ToList();
            foreach (var expected in criteria.EnumerateObject())
            {
                var wanted = expected.Value.GetString() ?? string.Empty;
                var criterion = all.FirstOrDefault(c => string.Equals(c.Id, expected.Name, StringComparison.OrdinalIgnoreCase));
                if (criterion is null)
                {
                    failures.Add(new CriteriaTestFailure(expected.Name, wanted, string.Empty, Text(nameof(Messages.Test_UnknownCriterion), expected.Name, IdSuggestion.Hint(_language, expected.Name, all.Select(c => c.Id)))));
                    continue;
                }

                var actual = State(criterion.State);
                if (!string.Equals(Normalize(wanted), actual, StringComparison.Ordinal))
                {
                    var detail = criterion.Message is { Length: > 0 } message ? $" ({message})" : string.Empty;
                    failures.Add(new CriteriaTestFailure(expected.Name, wanted, actual, Text(nameof(Messages.Test_FailCriterion), expected.Name, StateWords(wanted), StateWords(actual) + detail)));
                }
            }
        }

        if (expect.TryGetProperty("vetoes", out var vetoes) && vetoes.ValueKind == JsonValueKind.Array)
        {
            var wanted = Strings(expect, "vetoes").Order(StringComparer.Ordinal).ToArray();
            var actual = rating.Vetoes.Select(v => v.Id).Order(StringComparer.Ordinal).ToArray();
            if (!wanted.SequenceEqual(actual, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add(Fail("vetoes", List(wanted), List(actual), nameof(Messages.Test_FailVetoes)));
            }
        }

        if (expect.TryGetProperty("problems", out var problems) && problems.ValueKind == JsonValueKind.Array)
        {
            var wanted = Strings(expect, "problems").Order(StringComparer.Ordinal).ToArray();
            var actual = rating.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Indicator ?? "-").Distinct().Order(StringComparer.Ordinal).ToArray();
            if (!wanted.SequenceEqual(actual, StringComparer.OrdinalIgnoreCase))
            {
                var detail = string.Join("; ", rating.Problems.Select(p => p.Message));
                failures.Add(Fail("problems", List(wanted), List(actual) + (detail.Length > 0 ? $" ({detail})" : string.Empty), nameof(Messages.Test_FailProblems)));
            }
        }
    }

    private CriteriaTestFailure Fail(string what, string expected, string actual, string key) =>
        new(what, expected, actual, Text(key, expected, actual));

    private static IEnumerable<string> Strings(JsonElement owner, string member) =>
        owner.TryGetProperty(member, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)
            : [];

    private static string Normalize(string state) => TextParsing.Normalize(state) switch
    {
        "MET" or "PASSED" or "PASS" => "passed",
        "NOTMET" or "FAILED" => "not_met",
        "MISSING" => "missing",
        "ERROR" => "error",
        _ => state,
    };

    private static string State(CriterionState state) => state switch
    {
        CriterionState.Passed => "passed",
        CriterionState.NotMet => "not_met",
        CriterionState.Missing => "missing",
        _ => "error",
    };

    /// <summary>A state in words, with the id a test file writes when the words differ from it: 未达到（not_met）.</summary>
    private string StateWords(string state)
    {
        var (id, key) = Normalize(state) switch
        {
            "passed" => ("met", nameof(Messages.Test_StateMet)),
            "not_met" => ("not_met", nameof(Messages.Test_StateNotMet)),
            "missing" => ("missing", nameof(Messages.Test_StateMissing)),
            "error" => ("error", nameof(Messages.Test_StateError)),
            _ => (state, null),
        };
        if (key is null)
        {
            return state;
        }

        var words = Text(key);
        return string.Equals(words, id, StringComparison.Ordinal) ? words : Text(nameof(Messages.Test_StateWithId), words, id);
    }

    private static string Quote(string text) => $"\"{JsonEncodedText.Encode(text)}\"";

    private string List(string[] ids) => IdSuggestion.List(_language, ids);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Text(string key, params object?[] args) => Localizer.Format(_language, key, args);

    private static string? Beside(string testFile)
    {
        // town.tests.json tests town.json.
        var name = Path.GetFileName(testFile);
        var cut = name.IndexOf(".tests.", StringComparison.OrdinalIgnoreCase);
        return cut > 0 ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(testFile))!, name[..cut] + ".json") : null;
    }

    private void CheckMembers(JsonElement element, string at, string[] known, string file, JsonLocator locator, List<CriteriaDiagnostic> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(At(file, locator, at, Text(nameof(Messages.Test_NotAnObject))));
            return;
        }

        foreach (var member in element.EnumerateObject().Where(m => !known.Contains(m.Name, StringComparer.Ordinal)))
        {
            problems.Add(At(file, locator, $"{at}.{member.Name}", Text(nameof(Messages.Test_UnknownMember), member.Name, IdSuggestion.Hint(_language, member.Name, known), string.Join(", ", known))));
        }
    }

    private static CriteriaDiagnostic At(string file, JsonLocator locator, string path, string message)
    {
        var position = locator.Find(path);
        return new CriteriaDiagnostic(file, path, position?.Line, position?.Column, null, message);
    }

    private static CriteriaException Invalid(string file, JsonLocator locator, string path, string message) => new([At(file, locator, path, message)]);
}
