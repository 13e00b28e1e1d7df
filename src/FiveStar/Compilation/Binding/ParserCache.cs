using System.Reflection;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// RulesEngine parsers, one per set of helper types, shared by every compile: building a parser's type provider scans the
/// loaded assemblies, which would otherwise dominate the time to load a document. Bounded: it keeps the
/// <see cref="Capacity"/> sets used last and forgets the least recently used, so a process that loads plug-ins again
/// and again (each load context its own types) does not hold every parser, and every plug-in type, for ever.
/// </summary>
internal sealed class ParserCache
{
    /// <summary>How many parsers the process-wide cache keeps.</summary>
    public const int DefaultCapacity = 16;

    /// <summary>Most recently used first.</summary>
    private readonly LinkedList<(Type[] HelperTypes, RuleExpressionParser Parser)> _entries = new();

    /// <summary>Initializes a new instance of the <see cref="ParserCache"/> class.</summary>
    /// <param name="capacity">How many parsers it keeps, at least one.</param>
    public ParserCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>Gets the cache every compile in the process shares.</summary>
    public static ParserCache Shared { get; } = new(DefaultCapacity);

    /// <summary>Gets how many parsers it keeps at most.</summary>
    public int Capacity { get; }

    /// <summary>Gets how many parsers it holds now.</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The parser for the types that declare a set of helpers: the cached one, or a new one that is kept.</summary>
    /// <param name="helpers">The helpers expressions may call.</param>
    /// <returns>The parser.</returns>
    public RuleExpressionParser For(IEnumerable<MethodInfo> helpers)
    {
        // Keyed by the types themselves: a plug-in loaded twice (two load contexts) has two types of the same name.
        var helperTypes = helpers.Select(h => h.DeclaringType!).Distinct().OrderBy(t => t.AssemblyQualifiedName, StringComparer.Ordinal).ToArray();
        lock (_entries)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (node.Value.HelperTypes.SequenceEqual(helperTypes))
                {
                    _entries.Remove(node);
                    _entries.AddFirst(node);
                    return node.Value.Parser;
                }
            }

            var created = new RuleExpressionParser(new ReSettings { CustomTypes = helperTypes, IsExpressionCaseSensitive = false });
            _entries.AddFirst((helperTypes, created));
            if (_entries.Count > Capacity)
            {
                _entries.RemoveLast();
            }

            return created;
        }
    }
}
