using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FiveStar.Tests.Fuzzing;

/// <summary>
/// Breaks a criteria file the ways issue 17 found that byte flips miss, because they need the file's structure: null
/// items in lists, members given twice (also in another letter case), long chains of derived indicators that double at
/// each step, huge ids and names, control characters and character literals in texts and expressions.
/// </summary>
internal static class StructureMutator
{
    private static readonly string[] Hostile =
    [
        "\u001b[2J\u001b]0;owned\u0007", "line\nbreak\r\n", "\u0000nul", "\u202Ereversed", "n > 'a'", "a / 0 > 0", "Math.Round(a, 100) > 0",
    ];

    /// <summary>Applies <paramref name="count"/> structural mutations to a copy of a JSON criteria file.</summary>
    public static byte[] Mutate(byte[] source, Random random, int count)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(source, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return source;
        }

        var duplicates = 0;
        for (var i = 0; i < count && root is not null; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                    InsertNull(root, random);
                    break;
                case 1:
                    duplicates++;
                    break;
                case 2:
                    AddDerivedChain(root, random);
                    break;
                case 3:
                    ReplaceString(root, random, new string((char)random.Next('a', 'z' + 1), random.Next(1_000, 2_000_000)));
                    break;
                default:
                    ReplaceString(root, random, Hostile[random.Next(Hostile.Length)]);
                    break;
            }
        }

        var text = root?.ToJsonString() ?? "null";
        for (var d = 0; d < duplicates; d++)
        {
            text = DuplicateMember(text, random);
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private static List<JsonNode> All(JsonNode root)
    {
        var nodes = new List<JsonNode>();
        var stack = new Stack<JsonNode>([root]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            nodes.Add(node);
            var children = node switch
            {
                JsonObject o => o.Select(p => p.Value),
                JsonArray a => a,
                _ => [],
            };
            foreach (var child in children.OfType<JsonNode>())
            {
                stack.Push(child);
            }
        }

        return nodes;
    }

    private static void InsertNull(JsonNode root, Random random)
    {
        var arrays = All(root).OfType<JsonArray>().ToList();
        if (arrays.Count > 0)
        {
            var array = arrays[random.Next(arrays.Count)];
            array.Insert(random.Next(array.Count + 1), null);
        }
    }

    private static void ReplaceString(JsonNode root, Random random, string value)
    {
        var strings = All(root).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).ToList();
        if (strings.Count > 0)
        {
            strings[random.Next(strings.Count)].ReplaceWith(JsonValue.Create(value));
        }
    }

    /// <summary>Declares <c>d1 = a + a</c>, <c>d2 = d1 + d1</c>, … and a criterion reading the last, in the document's first category.</summary>
    private static void AddDerivedChain(JsonNode root, Random random)
    {
        if (root is not JsonObject document || document["categories"] is not JsonArray { Count: > 0 } categories || categories[0] is not JsonObject category)
        {
            return;
        }

        var levels = random.Next(5, 40);
        var indicators = document["indicators"] as JsonArray ?? [];
        document["indicators"] = indicators;
        indicators.Add(new JsonObject { ["id"] = "fz_a", ["name"] = new JsonObject { ["zh"] = "a", ["en"] = "a" }, ["type"] = "number" });
        for (var i = 1; i <= levels; i++)
        {
            var previous = i == 1 ? "fz_a" : $"fz_d{i - 1}";
            indicators.Add(new JsonObject { ["id"] = $"fz_d{i}", ["name"] = new JsonObject { ["zh"] = "d", ["en"] = "d" }, ["type"] = "number", ["expression"] = $"{previous} + {previous}" });
        }

        var rules = category["rules"] as JsonArray ?? [];
        category["rules"] = rules;
        rules.Add(new JsonObject { ["id"] = "FZ", ["expression"] = $"fz_d{levels} > 0" });
    }

    /// <summary>Gives a member a second time right after itself, with the same name or another letter case.</summary>
    private static string DuplicateMember(string text, Random random)
    {
        foreach (var name in new[] { "\"expression\":", "\"categories\":", "\"id\":", "\"rules\":", "\"Expression\":", "\"RuleName\":" }.OrderBy(_ => random.Next()))
        {
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0)
            {
                var spelling = random.Next(2) == 0 ? name : name.ToUpperInvariant();
                return text[..at] + spelling + "\"x\"," + text[at..];
            }
        }

        return text;
    }
}
