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

    /// <summary>
    /// The stages inside FiveStar.Compilation, lowest first, by the same rule: the plan's types at the bottom, the
    /// checks on parsed expressions and the schema resolution above them, then binding, then award planning and
    /// emitting; the compiler itself (the namespace's own types) on top, the only one that sees every stage.
    /// </summary>
    public static readonly string[][] Stages =
    [
        ["FiveStar.Compilation.Plan"],
        ["FiveStar.Compilation.Sandbox", "FiveStar.Compilation.Schema"],
        ["FiveStar.Compilation.Binding"],
        ["FiveStar.Compilation.Planning", "FiveStar.Compilation.Emit"],
        ["FiveStar.Compilation"],
    ];

    private const string Compilation = "FiveStar.Compilation";
    private const string Plan = "FiveStar.Compilation.Plan";

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

    public static TheoryData<string> CompilationStages()
    {
        var data = new TheoryData<string>();
        foreach (var name in Stages.SelectMany(row => row))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Stages_EveryNamespaceOfTheCompiler_HasARow()
    {
        var unplaced = Engine.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n == Compilation || n.StartsWith(Compilation + ".", StringComparison.Ordinal))
            .Distinct()
            .Where(n => StageOf(n) < 0)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(unplaced);
    }

    [Theory]
    [MemberData(nameof(CompilationStages))]
    public void Stage_UsesOnlyStagesBelowIt(string name)
    {
        var row = StageOf(name);
        var forbidden = Stages
            .SelectMany((names, index) => names.Select(n => (Name: n, Row: index)))
            .Where(l => l.Name != name && l.Row >= row)
            .SelectMany(l => Engine.GetTypes().Where(t => !t.IsNested && t.Namespace is { } n && StageOwner(n) == l.Name))
            .Select(t => t.FullName!)
            .Where(n => !n.Contains('<', StringComparison.Ordinal))
            .ToArray();

        var result = Types.InAssembly(Engine)
            .That().MeetCustomRule(new Selected(n => StageOwner(n) == name))
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{name} uses a stage of its own row or above: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    /// <summary>
    /// Rating and the layers above it execute a plan: of Compilation they see the plan's types only. The entry point
    /// (namespace FiveStar, where the rater is constructed from a compiled plan) also calls the compiler; no other stage
    /// is seen from outside, and Compilation itself never sees Rating (<see cref="Namespace_UsesOnlyRowsBelowIt"/>).
    /// </summary>
    [Fact]
    public void Compilation_SeenFromOutside_OnlyThroughThePlan()
    {
        string[] Inside(Func<string, bool> stage) => Engine.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is { } n && StageOwner(n) is { } owner && stage(owner))
            .Select(t => t.FullName!)
            .Where(n => !n.Contains('<', StringComparison.Ordinal))
            .ToArray();

        var failing = new List<string>();
        foreach (var (users, forbidden) in new[]
        {
            (Users: (Func<string, bool>)(n => n != "FiveStar"), Forbidden: Inside(s => s != Plan)),
            (Users: n => n == "FiveStar", Forbidden: Inside(s => s is not (Plan or Compilation))),
        })
        {
            var result = Types.InAssembly(Engine)
                .That().MeetCustomRule(new Selected(n => StageOwner(n) is null && users(n)))
                .ShouldNot().HaveDependencyOnAny(forbidden)
                .GetResult();
            failing.AddRange(result.FailingTypeNames ?? []);
        }

        Assert.True(failing.Count == 0, $"outside Compilation, only its plan's types (and, from the entry point, the compiler) may be used: {string.Join(", ", failing)}");
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

    /// <summary>The row of a namespace inside Compilation: that of the stage it lies in, or -1.</summary>
    internal static int StageOf(string name) =>
        StageOwner(name) is { } owner ? Array.FindIndex(Stages, row => row.Contains(owner)) : -1;

    /// <summary>The stage a namespace belongs to: the compiler's own namespace only as itself, a stage with its sub-namespaces.</summary>
    internal static string? StageOwner(string name) =>
        Stages.SelectMany(row => row)
            .Where(s => name == s || (s != Compilation && name.StartsWith(s + ".", StringComparison.Ordinal)))
            .MaxBy(s => s.Length);

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
        public bool MeetsRule(TypeDefinition type) => Owner(Selected.NamespaceOf(type)) == layer;
    }

    /// <summary>Selects the types whose namespace (nested ones: their outermost type's) passes a test.</summary>
    private sealed class Selected(Func<string, bool> test) : ICustomRule
    {
        public static string NamespaceOf(TypeDefinition type)
        {
            while (type.DeclaringType is { } outer)
            {
                type = outer;
            }

            return type.Namespace;
        }

        public bool MeetsRule(TypeDefinition type) => test(NamespaceOf(type));
    }
}
