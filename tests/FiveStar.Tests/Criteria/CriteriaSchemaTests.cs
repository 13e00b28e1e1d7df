using System.Text.Json.Nodes;
using Json.Schema;

namespace FiveStar.Tests.Criteria;

/// <summary>The JSON Schema shipped in the package accepts every criteria document in the repository and rejects broken ones.</summary>
public class CriteriaSchemaTests
{
    private static readonly string RepositoryRoot = FindRoot();

    public static TheoryData<string> CriteriaFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "src", "plugins", "samples" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.json", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Where(IsCriteriaDocument)
                         .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepositoryRoot, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CriteriaFiles))]
    public void Schema_EveryCriteriaFileInTheRepository_IsValid(string relativePath)
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot, relativePath)));
        var result = Schema().Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, $"{relativePath}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void Schema_RepositoryHasCriteriaFiles_FindsThem()
    {
        Assert.True(CriteriaFiles().Count >= 8, "expected the shipped document, five plug-in manifests and the samples' criteria");
    }

    [Theory]
    [InlineData("""{ "schemaVersion": "1.0", "id": "x", "categories": [ { "id": "a", "colour": "red" } ] }""")]
    [InlineData("""{ "schemaVersion": "1.0", "id": "x", "categories": [ { "id": "a", "award": { "rule": "most" } } ] }""")]
    [InlineData("""{ "schemaVersion": "1.0", "id": "x", "vetoes": [ { "id": "v", "expression": "true", "scope": "village" } ] }""")]
    [InlineData("""{ "schemaVersion": "2.0", "id": "x" }""")]
    public void Schema_BrokenDocument_IsInvalid(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);

        Assert.False(Schema().Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Schema_ShippedInTheAssembly_EqualsTheRepositoryFile()
    {
        using var stream = typeof(StarRaterFactory).Assembly.GetManifestResourceStream("FiveStar.criteria.schema.json");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot, "src/FiveStar/Schema/criteria.schema.json")), reader.ReadToEnd());
    }

    // Parsed once: the schema registers its $id globally, and a second registration is refused.
    private static readonly Lazy<JsonSchema> ParsedSchema = new(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryRoot, "src/FiveStar/Schema/criteria.schema.json"))));

    private static JsonSchema Schema() => ParsedSchema.Value;

    private static bool IsCriteriaDocument(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path), documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true }) is JsonObject root
                && root.ContainsKey("schemaVersion");
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FiveStar.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FiveStar.sln not found above the test output folder");
    }
}
