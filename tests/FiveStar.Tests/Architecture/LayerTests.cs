using System.Reflection;
using FiveStar.Rating;
using Mono.Cecil;
using NetArchTest.Rules;

namespace FiveStar.Tests.Architecture;

/// <summary>
/// The engine's layers (docs/architecture.md), lowest first. A namespace may use the rows below its own; never one
/// above it, and never another namespace of its own row. FiveStar.Abstractions, the bottom, is another assembly: every
/// layer may use it, and it uses none of them (it does not reference the engine).
/// </summary>
public sealed class LayerTests
{
    public static readonly string[][] Layers =
    [
        ["FiveStar.Resources"],
        ["FiveStar.Text", "FiveStar.Expressions"],
        ["FiveStar.Criteria", "FiveStar.Villages", "FiveStar.Plugins"],
        ["FiveStar.Compilation"],
        ["FiveStar.Rating"],
        ["FiveStar.Workbooks", "FiveStar.Villages.Generation"],
        ["FiveStar.DependencyInjection"],
        ["FiveStar"],
        ["FiveStar.CriteriaTests"],
    ];

    private static readonly Assembly Engine = typeof(StarRater).Assembly;

    public static TheoryData<string> Namespaces()
    {
        var data = new TheoryData<string>();
        foreach (var name in Layers.SelectMany(row => row))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Layers_EveryNamespaceOfTheEngine_HasARow()
    {
        var unplaced = Engine.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith("FiveStar", StringComparison.Ordinal))
            .Distinct()
            .Where(n => LayerOf(n) < 0)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(unplaced);
    }

    [Theory]
    [MemberData(nameof(Namespaces))]
    public void Namespace_UsesOnlyRowsBelowIt(string name)
    {
        var row = LayerOf(name);
        var forbidden = Layers
            .SelectMany((names, index) => names.Select(n => (Name: n, Row: index)))
            .Where(l => l.Name != name && l.Row >= row)
            .SelectMany(l => TypeNamesIn(l.Name))
            .ToArray();

        var result = Types.InAssembly(Engine)
            .That().MeetCustomRule(new InLayer(name))
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{name} uses a namespace of its own row or above: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Abstractions_DoesNotReferenceTheEngine()
    {
        var references = typeof(CategoryOutcome).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain(Engine.GetName().Name, references);
    }

    /// <summary>The row of a namespace: its own, or that of the longest listed namespace it lies in.</summary>
    internal static int LayerOf(string name)
    {
        var best = -1;
        var length = -1;
        for (var row = 0; row < Layers.Length; row++)
        {
            foreach (var layer in Layers[row])
            {
                var inside = name == layer || (layer != "FiveStar" && name.StartsWith(layer + ".", StringComparison.Ordinal));
                if (inside && layer.Length > length)
                {
                    (best, length) = (row, layer.Length);
                }
            }
        }

        return best;
    }

    /// <summary>The engine's own types of a layer (its sub-namespaces included), by full name: Abstractions shares some namespace names and is always allowed.</summary>
    private static IEnumerable<string> TypeNamesIn(string layer) =>
        Engine.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is { } n && Owner(n) == layer)
            .Select(t => t.FullName!)
            .Where(n => !n.Contains('<', StringComparison.Ordinal));

    /// <summary>The listed namespace a namespace belongs to, if any.</summary>
    internal static string? Owner(string name) =>
        Layers.SelectMany(row => row)
            .Where(l => name == l || (l != "FiveStar" && name.StartsWith(l + ".", StringComparison.Ordinal)))
            .MaxBy(l => l.Length);

    /// <summary>Selects the types of one layer, nested ones by their outermost type's namespace.</summary>
    private sealed class InLayer(string layer) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type)
        {
            while (type.DeclaringType is { } outer)
            {
                type = outer;
            }

            return Owner(type.Namespace) == layer;
        }
    }
}
