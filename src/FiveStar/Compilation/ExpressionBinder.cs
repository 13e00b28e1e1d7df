using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace FiveStar.Compilation;

/// <summary>
/// Parses expressions with RulesEngine's own <see cref="RuleExpressionParser"/> against a typed view of the indicators,
/// checks them against the sandbox, and rewrites them to read village rows: indicators become row reads, parameters
/// constants, derived indicators their inlined formulas, and enumeration or text comparisons code comparisons.
/// </summary>
internal sealed partial class ExpressionBinder
{
    private const int MaxTreeDepth = 256;

    /// <summary>
    /// The deepest an expression may nest once derived indicators are inlined. Everything that walks the tree (rewriters,
    /// the delegate compiler, the JIT) recurses this deep; at this bound it fits the compiler thread's stack many times over.
    /// </summary>
    private const int MaxExpandedDepth = 1_024;

    private static readonly string[] ForbiddenIdentifiers =
    [
        "Environment", "Process", "File", "Directory", "Path", "Type", "Assembly", "AppDomain", "Activator", "Console",
        "GC", "Thread", "Task", "typeof", "Marshal", "Stream", "HttpClient", "Reflection", "Convert",
    ];

    private static readonly string[] NamespaceRoots = ["System", "Microsoft"];

    private static readonly List<(Type[] HelperTypes, RuleExpressionParser Parser)> Parsers = [];

    private readonly RuleExpressionParser _parser;
    private readonly IndicatorSchema _schema;
    private readonly Type _inputType;
    private readonly ParameterExpression _input;
    private readonly Dictionary<string, IndicatorDefinition> _indicators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ParameterExpression> _symbols = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ParameterExpression, string> _symbolNames = [];
    private readonly Dictionary<string, double> _parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, BoundExpression> _derivedBound = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _derivedInProgress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CompileException> _derivedFailed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _suggestions = new(StringComparer.Ordinal);
    private readonly int _maxExpandedNodes;
    private readonly Language _language;
    private readonly HashSet<MethodInfo> _helpers;
    private readonly bool _plainNames;
    private readonly int _maxNesting;

    public ExpressionBinder(IndicatorSchema schema, IEnumerable<ParameterDefinition> parameters, IReadOnlyCollection<MethodInfo> helpers, bool plainNames, CriteriaLoaderOptions options)
    {
        _schema = schema;
        _plainNames = plainNames;
        _maxNesting = options.MaxExpressionNesting;
        _maxExpandedNodes = options.MaxExpandedNodes;
        _language = options.Language;
        _helpers = [.. helpers];
        var all = schema.Indicators.Concat(schema.Derived).ToList();
        _inputType = InputTypeBuilder.Create(all.Select(i => (i.Id, ClrType(i.Type))));
        _input = Expression.Parameter(_inputType, "input1");
        foreach (var indicator in all)
        {
            _indicators[indicator.Id] = indicator;
            AddSymbol(indicator.Id, ClrType(indicator.Type));
        }

        foreach (var parameter in parameters)
        {
            _parameters[parameter.Id] = parameter.Value;
            AddSymbol(parameter.Id, typeof(double));
        }

        _parser = ParserFor(_helpers);
        Values = Expression.Parameter(typeof(double[]), "values");
        Offset = Expression.Parameter(typeof(int), "offset");
    }

    /// <summary>
    /// One RulesEngine parser per set of helper types, shared by every compile: building its type provider scans the loaded
    /// assemblies, which would otherwise dominate the time to load a document.
    /// </summary>
    private static RuleExpressionParser ParserFor(IEnumerable<MethodInfo> helpers)
    {
        // Keyed by the types themselves: a plug-in loaded twice (two load contexts) has two types of the same name.
        var helperTypes = helpers.Select(h => h.DeclaringType!).Distinct().OrderBy(t => t.AssemblyQualifiedName, StringComparer.Ordinal).ToArray();
        lock (Parsers)
        {
            foreach (var (types, parser) in Parsers)
            {
                if (types.SequenceEqual(helperTypes))
                {
                    return parser;
                }
            }

            var created = new RuleExpressionParser(new ReSettings { CustomTypes = helperTypes, IsExpressionCaseSensitive = false });
            Parsers.Add((helperTypes, created));
            return created;
        }
    }

    /// <summary>Gets the row array every bound expression reads.</summary>
    public ParameterExpression Values { get; }

    /// <summary>Gets the offset of the village's row in <see cref="Values"/>.</summary>
    public ParameterExpression Offset { get; }

    public IReadOnlySet<MethodInfo> Helpers => _helpers;

    public IndicatorSchema Schema => _schema;

    /// <summary>Gets the language of messages.</summary>
    public Language Language => _language;

    public static Type ClrType(IndicatorType type) => type switch
    {
        IndicatorType.WholeNumber => typeof(int),
        IndicatorType.Boolean => typeof(bool),
        IndicatorType.Enumeration or IndicatorType.Text => typeof(string),
        _ => typeof(double),
    };

    /// <summary>Parses and binds one expression in a scope of named scoped parameters (globals, then locals).</summary>
    /// <exception cref="CompileException">The expression is invalid or not allowed.</exception>
    public BoundExpression Bind(string expression, IReadOnlyList<ScopedVariable> scope, Type? returnType, string? derivedId = null)
    {
        CheckNesting(expression);
        var parameters = new List<ParameterExpression> { _input };
        if (_plainNames)
        {
            parameters.AddRange(_symbols.Values);
        }

        // Later scoped parameters shadow nothing: names are checked for collisions when declared.
        parameters.AddRange(scope.Select(s => s.Variable));
        Expression parsed;
        try
        {
            parsed = _parser.Parse(expression, [.. parameters], returnType);
        }
        catch (ParseException exception) when (returnType == typeof(bool) && exception.Message.Contains("of type 'Boolean' expected", StringComparison.Ordinal) && ParsesAs(expression, parameters) is { } actual && actual != typeof(bool))
        {
            // The parser only says "Expression of type 'Boolean' expected"; say what the expression gives instead.
            throw new CompileException(NotTrueOrFalse(actual));
        }
        catch (ParseException exception)
        {
            throw new CompileException(DescribeParseError(exception, expression, scope));
        }
        catch (FormatException exception)
        {
            // The parser converts a text constant to the type of what it is compared with, e.g. "yes" to a true/false indicator.
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_TextConstantMismatch), exception.Message));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException or InvalidCastException or OverflowException)
        {
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_CannotCompile), exception.Message));
        }

        if (returnType == typeof(bool) && parsed.Type != typeof(bool))
        {
            throw new CompileException(NotTrueOrFalse(parsed.Type));
        }

        if (Depth(parsed, 0) > MaxTreeDepth)
        {
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_TreeTooDeep), MaxTreeDepth));
        }

        if (RunTimeFailureChecker.Find(parsed, ParameterValueOf, _language) is { } failure)
        {
            throw new CompileException(failure);
        }

        var allowed = new HashSet<ParameterExpression>(parameters);
        if (SandboxValidator.FindViolation(parsed, allowed, _inputType, _helpers) is { } violation)
        {
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_NotAllowed), violation, SandboxValidator.Allowed(_helpers)));
        }

        if (returnType == typeof(bool) && ThresholdChecker.Find(parsed, IndicatorOf, ParameterValueOf) is { } threshold)
        {
            throw new CompileException(threshold);
        }

        var rewriter = new RowRewriter(this, scope);
        var body = rewriter.Visit(parsed);
        CheckExpansion(rewriter, derivedId);
        return new BoundExpression(body, rewriter.Slots) { Gap = returnType == typeof(bool) ? GapOf(parsed) : GapOpaque.Instance, Size = rewriter.Size, Depth = rewriter.MaxDepth };
    }

    /// <summary>
    /// Bounds an expression as it will be compiled: derived indicators are inlined wherever they are read, so a short
    /// expression over a chain of them (<c>d2 = d1 + d1</c>, <c>d3 = d2 + d2</c>, …) can stand for billions of operations.
    /// Sizes are counted, not built: each derived indicator is bound once and shared.
    /// </summary>
    private void CheckExpansion(RowRewriter rewriter, string? derivedId)
    {
        var inlined = string.Join(", ", rewriter.Inlined.OrderByDescending(d => d.Value.Size).Take(3).Select(d => $"{d.Key}: {d.Value.Size:N0}"));
        if (rewriter.Size > _maxExpandedNodes)
        {
            throw derivedId is null
                ? new CompileException(Localizer.Format(_language, nameof(Messages.Compile_ExpandedTooLarge), rewriter.Size, inlined, _maxExpandedNodes))
                : new CompileException(Localizer.Format(_language, nameof(Messages.Compile_DerivedTooLarge), derivedId, rewriter.Size, inlined, _maxExpandedNodes)) { NamesDerivedIndicator = true };
        }

        if (rewriter.MaxDepth > MaxExpandedDepth)
        {
            throw derivedId is null
                ? new CompileException(Localizer.Format(_language, nameof(Messages.Compile_ExpandedTooDeep), rewriter.MaxDepth, inlined, MaxExpandedDepth))
                : new CompileException(Localizer.Format(_language, nameof(Messages.Compile_DerivedTooDeep), derivedId, rewriter.MaxDepth, inlined, MaxExpandedDepth)) { NamesDerivedIndicator = true };
        }
    }

    private IndicatorDefinition? IndicatorOf(Expression expression) => expression switch
    {
        MemberExpression m when m.Expression == _input => _indicators.GetValueOrDefault(m.Member.Name),
        ParameterExpression p when _symbolNames.TryGetValue(p, out var name) => _indicators.GetValueOrDefault(name),
        _ => null,
    };

    private double? ParameterValueOf(Expression expression) =>
        expression is ParameterExpression p && _symbolNames.TryGetValue(p, out var name) && _parameters.TryGetValue(name, out var value) ? value : null;

    private string NotTrueOrFalse(Type actual) =>
        Localizer.Format(_language, nameof(Messages.Compile_NotBoolean), FriendlyType(actual));

    private Type? ParsesAs(string expression, List<ParameterExpression> parameters)
    {
        try
        {
            return _parser.Parse(expression, [.. parameters], null).Type;
        }
#pragma warning disable CA1031 // Only asked to improve a message; any failure keeps the original one.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>Names every symbol an expression may use, for suggestions.</summary>
    public IEnumerable<string> KnownNames(IReadOnlyList<ScopedVariable> scope) => _indicators.Keys.Concat(_parameters.Keys).Concat(scope.Select(s => s.Name));

    public bool IsKnownName(string name) => _indicators.ContainsKey(name) || _parameters.ContainsKey(name);

    /// <summary>Reads a reported indicator from the row as its expression type.</summary>
    public Expression Read(int slot)
    {
        var raw = Expression.ArrayIndex(Values, Expression.Add(Offset, Expression.Constant(slot)));
        return _schema.Indicators[slot].Type switch
        {
            IndicatorType.WholeNumber => Expression.Convert(raw, typeof(int)),
            IndicatorType.Boolean => Expression.NotEqual(raw, Expression.Constant(0.0)),
            _ => raw,
        };
    }

    public BoundExpression BindDerived(IndicatorDefinition derived)
    {
        if (_derivedBound.TryGetValue(derived.Id, out var bound))
        {
            return bound;
        }

        if (_derivedFailed.TryGetValue(derived.Id, out var failed))
        {
            throw failed;
        }

        if (!_derivedInProgress.Add(derived.Id))
        {
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_DerivedSelf), derived.Id)) { NamesDerivedIndicator = true };
        }

        try
        {
            var target = ClrType(derived.Type);
            if (target == typeof(string))
            {
                throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_DerivedType), derived.Id));
            }

            BoundExpression inner;
            try
            {
                inner = Bind(derived.Expression!, [], null, derived.Id);
            }
            catch (CompileException exception) when (!exception.NamesDerivedIndicator)
            {
                throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_DerivedInvalid), derived.Id, derived.Expression, exception.Message)) { NamesDerivedIndicator = true };
            }

            var body = inner.Body.Type == target ? inner.Body : ConvertTo(inner.Body, target, derived.Id);
            bound = new BoundExpression(body, inner.Slots) { Size = inner.Size, Depth = inner.Depth };
            _derivedBound[derived.Id] = bound;
            return bound;
        }
        catch (CompileException exception)
        {
            // A derived indicator that fails fails once: every expression reading it gets the same message, without binding it again.
            _derivedFailed[derived.Id] = exception;
            throw;
        }
        finally
        {
            _derivedInProgress.Remove(derived.Id);
        }
    }

    private UnaryExpression ConvertTo(Expression body, Type target, string id)
    {
        if (target == typeof(bool) || body.Type == typeof(bool))
        {
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_DerivedDeclaredType), id, FriendlyType(body.Type), FriendlyType(target)));
        }

        return Expression.Convert(body, target);
    }

    private void AddSymbol(string name, Type type)
    {
        if (_symbols.ContainsKey(name))
        {
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_NameBothIndicatorAndParameter), name));
        }

        var symbol = Expression.Parameter(type, name);
        _symbols[name] = symbol;
        _symbolNames[symbol] = name;
    }

    private void CheckNesting(string expression)
    {
        // The parser recurses per parenthesis and unary operator; refuse deep nesting before it can exhaust the stack.
        var depth = 0;
        var max = 0;
        var unaryRun = 0;
        var inString = false;
        foreach (var c in expression)
        {
            if (c == '"')
            {
                inString = !inString;
            }

            if (inString)
            {
                continue;
            }

            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            max = Math.Max(max, depth);
            unaryRun = c is '!' or '-' or '+' or '~' ? unaryRun + 1 : char.IsWhiteSpace(c) ? unaryRun : 0;
            if (unaryRun > _maxNesting)
            {
                throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_UnaryChain), _maxNesting));
            }
        }

        if (max > _maxNesting)
        {
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_ParenthesesTooDeep), max, _maxNesting));
        }
    }

    private static int Depth(Expression expression, int depth) => expression switch
    {
        BinaryExpression b => Math.Max(Depth(b.Left, depth + 1), Depth(b.Right, depth + 1)),
        UnaryExpression u => Depth(u.Operand, depth + 1),
        ConditionalExpression c => Math.Max(Depth(c.Test, depth + 1), Math.Max(Depth(c.IfTrue, depth + 1), Depth(c.IfFalse, depth + 1))),
        MethodCallExpression m => m.Arguments.Select(a => Depth(a, depth + 1)).DefaultIfEmpty(depth).Max(),
        MemberExpression m when m.Expression is not null => Depth(m.Expression, depth + 1),
        _ => depth,
    };

    private string DescribeParseError(ParseException exception, string expression, IReadOnlyList<ScopedVariable> scope)
    {
        var message = exception.Message;
        var at = Localizer.Format(_language, nameof(Messages.Compile_AtCharacter), exception.Position + 1);
        if (ForbiddenName(expression, scope) is { } forbidden)
        {
            return Localizer.Format(_language, nameof(Messages.Compile_NotAllowedName), forbidden, SandboxValidator.Allowed(_helpers));
        }

        if (UnknownIdentifier().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups[1].Value;
            return _plainNames
                ? Localizer.Format(_language, nameof(Messages.Compile_UnknownName), name, Hint(name, scope))
                : Localizer.Format(_language, nameof(Messages.Compile_UnknownNameRulesEngine), name, Hint(name, scope));
        }

        if (NoMember().Match(message) is { Success: true } member)
        {
            var name = member.Groups[1].Value;
            return Localizer.Format(_language, nameof(Messages.Compile_UnknownIndicator), name, NameSuggester.Hint(_language, name, _indicators.Keys));
        }

        if (NotAccessible().Match(message) is { Success: true } method)
        {
            return Localizer.Format(_language, nameof(Messages.Compile_MethodNotAllowed), method.Groups[1].Value, SandboxValidator.Allowed(_helpers));
        }

        return Localizer.Format(_language, nameof(Messages.Compile_SyntaxError), at, message);
    }

    /// <summary>
    /// Suggests names for an unknown one, once per name and scope: a document that misspells one name in each of its
    /// thousands of criteria pays for one search, not thousands.
    /// </summary>
    private string Hint(string name, IReadOnlyList<ScopedVariable> scope)
    {
        var key = scope.Count == 0 ? name : name + "\0" + string.Join("\0", scope.Select(s => s.Name));
        if (!_suggestions.TryGetValue(key, out var hint))
        {
            hint = NameSuggester.Hint(_language, name, KnownNames(scope));
            _suggestions[key] = hint;
        }

        return hint;
    }

    /// <summary>
    /// Finds the construct a failed parse reached for, so that the message names it whatever the parser made of it:
    /// <c>new (...)</c>, a forbidden type such as <c>File</c> or <c>Environment</c>, or a namespace-qualified type such as
    /// <c>System.IO.File.ReadAllText</c> (which the parser reports as an unknown identifier or a missing member).
    /// </summary>
    private string? ForbiddenName(string expression, IReadOnlyList<ScopedVariable> scope)
    {
        var code = StringLiteral().Replace(expression, "\"\"");
        if (NewKeyword().IsMatch(code))
        {
            return "new (constructing an object)";
        }

        foreach (Match chain in NameChain().Matches(code))
        {
            var text = WhiteSpace().Replace(chain.Value, string.Empty);
            var head = text.Split('.')[0];
            if (IsKnownName(head) || scope.Any(s => string.Equals(s.Name, head, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (NamespaceRoots.Contains(head, StringComparer.OrdinalIgnoreCase) && text.Contains('.', StringComparison.Ordinal))
            {
                return $"{text}, a .NET type named by its namespace";
            }

            if (ForbiddenIdentifiers.Contains(head, StringComparer.OrdinalIgnoreCase))
            {
                return text;
            }
        }

        return null;
    }

    private static string FriendlyType(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(bool) => "true/false value",
        var t when t == typeof(string) => "text",
        var t when t == typeof(int) || t == typeof(long) => "whole number",
        var t when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => "number",
        var t => t.Name,
    };

    private static string ExampleValue(IndicatorDefinition indicator) => indicator.Values.Count > 0 ? indicator.Values[0].Id : "value";

    [GeneratedRegex(@"(?<![\w.])new(?:\s*[(\[{]|\s+[A-Za-z_])")]
    private static partial Regex NewKeyword();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w.])[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*")]
    private static partial Regex NameChain();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("Unknown identifier '([^']*)'")]
    private static partial Regex UnknownIdentifier();

    [GeneratedRegex("No property or field '([^']*)' exists")]
    private static partial Regex NoMember();

    [GeneratedRegex("Methods? '?([^' ]*)'? on type '?[^']*'? (is|are) not accessible")]
    private static partial Regex NotAccessible();

    /// <summary>Rewrites one parsed expression to read village rows.</summary>
    private sealed class RowRewriter(ExpressionBinder binder, IReadOnlyList<ScopedVariable> scope) : ExpressionVisitor
    {
        private int _depth;

        public HashSet<int> Slots { get; } = [];

        /// <summary>Gets the number of operations the expression has once derived indicators are inlined (saturating).</summary>
        public long Size { get; private set; }

        /// <summary>Gets how deep the expression nests once derived indicators are inlined.</summary>
        public int MaxDepth { get; private set; }

        /// <summary>Gets the derived indicators inlined, with their own expanded sizes.</summary>
        public Dictionary<string, BoundExpression> Inlined { get; } = new(StringComparer.OrdinalIgnoreCase);

        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(node))]
        public override Expression? Visit(Expression? node)
        {
            if (node is null)
            {
                return null;
            }

            Size = Math.Min(long.MaxValue / 2, Size + 1);
            _depth++;
            MaxDepth = Math.Max(MaxDepth, _depth);
            try
            {
                return base.Visit(node);
            }
            finally
            {
                _depth--;
            }
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (node == binder._input)
            {
                throw new CompileException(Localizer.Format(binder._language, nameof(Messages.Compile_InputOnItsOwn)));
            }

            foreach (var variable in scope)
            {
                if (variable.Variable == node)
                {
                    Slots.UnionWith(variable.Slots);
                    return node;
                }
            }

            if (binder._symbolNames.TryGetValue(node, out var name))
            {
                return Resolve(name);
            }

            throw new CompileException(Localizer.Format(binder._language, nameof(Messages.Compile_NameNotKnownHere), node.Name));
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == binder._input)
            {
                return Resolve(node.Member.Name);
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual)
            {
                var (indicator, constant) = TextOperands(node.Left, node.Right);
                if (indicator is not null)
                {
                    var slot = binder._schema.IndexOf(indicator.Id);
                    if (constant is null)
                    {
                        throw new CompileException(Localizer.Format(binder._language, nameof(Messages.Compile_TextComparison), indicator.Id, ExampleValue(indicator)));
                    }

                    int code;
                    if (indicator.Type == IndicatorType.Enumeration)
                    {
                        code = binder._schema.CodeOf(slot, constant);
                        if (code < 0)
                        {
                            throw new CompileException(Localizer.Format(binder._language, nameof(Messages.Compile_NotAnEnumerationValue), constant, indicator.Id, string.Join(", ", indicator.Values.Select(v => v.Id))));
                        }
                    }
                    else
                    {
                        code = binder._schema.RegisterText(slot, constant);
                    }

                    Slots.Add(slot);
                    var raw = Expression.ArrayIndex(binder.Values, Expression.Add(binder.Offset, Expression.Constant(slot)));
                    return node.NodeType == ExpressionType.Equal
                        ? Expression.Equal(raw, Expression.Constant((double)code))
                        : Expression.NotEqual(raw, Expression.Constant((double)code));
                }
            }

            return base.VisitBinary(node);
        }

        private (IndicatorDefinition? Indicator, string? Constant) TextOperands(Expression left, Expression right)
        {
            if (TextIndicator(left) is { } a)
            {
                return (a, (right as ConstantExpression)?.Value as string);
            }

            if (TextIndicator(right) is { } b)
            {
                return (b, (left as ConstantExpression)?.Value as string);
            }

            return (null, null);
        }

        private IndicatorDefinition? TextIndicator(Expression expression)
        {
            var name = expression switch
            {
                MemberExpression m when m.Expression == binder._input => m.Member.Name,
                ParameterExpression p when binder._symbolNames.TryGetValue(p, out var n) => n,
                _ => null,
            };
            return name is not null && binder._indicators.TryGetValue(name, out var indicator) && indicator.Type is IndicatorType.Enumeration or IndicatorType.Text && !indicator.IsDerived
                ? indicator
                : null;
        }

        private Expression Resolve(string name)
        {
            if (binder._parameters.TryGetValue(name, out var value))
            {
                return Expression.Constant(value);
            }

            var indicator = binder._indicators[name];
            if (indicator.Type is IndicatorType.Enumeration or IndicatorType.Text)
            {
                throw new CompileException(Localizer.Format(binder._language, nameof(Messages.Compile_TextComparison2), indicator.Id, ExampleValue(indicator)));
            }

            if (indicator.IsDerived)
            {
                var derived = binder.BindDerived(indicator);
                Slots.UnionWith(derived.Slots);
                Inlined.TryAdd(indicator.Id, derived);
                Size = Math.Min(long.MaxValue / 2, Size + derived.Size);
                MaxDepth = (int)Math.Min(int.MaxValue / 2, Math.Max(MaxDepth, (long)_depth + derived.Depth));
                return derived.Body;
            }

            var slot = binder._schema.IndexOf(indicator.Id);
            Slots.Add(slot);
            return binder.Read(slot);
        }
    }
}
