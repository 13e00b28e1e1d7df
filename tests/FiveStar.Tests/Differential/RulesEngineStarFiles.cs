using System.Dynamic;
using System.Text.Json;
using System.Text.Json.Serialization;
using RulesEngine.Models;

namespace FiveStar.Tests.Differential;

/// <summary>
/// The fixed RulesEngine files whose workflows are named after the five standard stars (TestData/rulesengine), their
/// villages in CSV, JSON and JSON Lines, and RulesEngine 6.0.1's own answer for them. Shared by the library tests and
/// the CLI tests (linked into FiveStar.Cli.Tests).
/// </summary>
internal static class RulesEngineStarFiles
{
    /// <summary>The five workflows, one per star, each on its own.</summary>
    public const string Plain = "five-stars.json";

    /// <summary>The same, with the strong-branch workflow injecting the other four and its own GlobalParams.</summary>
    public const string Injecting = "five-stars-injecting.json";

    public static readonly string[] Criteria = [Plain, Injecting];

    public static readonly string[] VillageFiles = ["villages.csv", "villages.json", "villages.jsonl"];

    /// <summary>How a host reads the file: RulesEngine's model, enums as names (a workflow's RuleExpressionType has no converter of its own).</summary>
    private static readonly JsonSerializerOptions HostOptions = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>
    /// The types a RulesEngine host gives the columns, as FiveStar types them: integers where a plug-in declares an
    /// integer indicator of that name, true/false where the data holds only true and false, text for text, numbers
    /// (double) for the rest, percentages and money included.
    /// </summary>
    private static readonly Dictionary<string, Type> IntegerColumns = new(StringComparer.Ordinal)
    {
        ["population"] = typeof(int),
        ["party_member_count"] = typeof(int),
        ["escalated_petition_count"] = typeof(int),
        ["criminal_case_count"] = typeof(int),
        ["volunteer_team_count"] = typeof(int),
    };

    /// <summary>Gets the path of a file in the test data folder, from the repository root.</summary>
    public static string PathOf(string repositoryRoot, string file) => Path.Combine(repositoryRoot, "tests", "FiveStar.Tests", "TestData", "rulesengine", file);

    /// <summary>
    /// Runs every workflow of the criteria file for every village with RulesEngine's <c>ExecuteAllRulesAsync</c> and
    /// returns village id → workflow → rule name → IsSuccess, in RulesEngine's order. Each workflow is run by a fresh
    /// RulesEngine, which appends injected rules again each time it looks a workflow up.
    /// </summary>
    public static async Task<Dictionary<string, Dictionary<string, List<(string Rule, bool Success)>>>> ExpectedAsync(string criteriaPath, string villagesJsonPath)
    {
        var json = await File.ReadAllTextAsync(criteriaPath);
        var names = JsonSerializer.Deserialize<Workflow[]>(json, HostOptions)!.Select(w => w.WorkflowName).ToArray();
        using var villages = JsonDocument.Parse(await File.ReadAllTextAsync(villagesJsonPath));
        var result = new Dictionary<string, Dictionary<string, List<(string, bool)>>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var engine = new RulesEngine.RulesEngine(JsonSerializer.Deserialize<Workflow[]>(json, HostOptions)!, new ReSettings());
            foreach (var village in villages.RootElement.EnumerateArray())
            {
                var id = village.GetProperty("id").GetString()!;
                var results = await engine.ExecuteAllRulesAsync(name, Input(village));
                if (!result.TryGetValue(id, out var byWorkflow))
                {
                    result[id] = byWorkflow = new Dictionary<string, List<(string, bool)>>(StringComparer.Ordinal);
                }

                byWorkflow[name] = results.Select(r => (r.Rule.RuleName, r.IsSuccess)).ToList();
            }
        }

        return result;
    }

    /// <summary>The village as RulesEngine's <c>input1</c>, without the id and name columns.</summary>
    private static ExpandoObject Input(JsonElement village)
    {
        var input = new ExpandoObject();
        IDictionary<string, object?> values = input;
        foreach (var property in village.EnumerateObject().Where(p => p.Name is not ("id" or "name")))
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number when IntegerColumns.ContainsKey(property.Name) => property.Value.GetInt32(),
                JsonValueKind.Number => property.Value.GetDouble(),
                _ => throw new InvalidDataException($"unexpected {property.Value.ValueKind} in {property.Name}"),
            };
        }

        return input;
    }
}
