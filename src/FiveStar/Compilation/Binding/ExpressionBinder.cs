using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Reflection;
using FiveStar.Compilation.Plan;
using FiveStar.Compilation.Sandbox;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;
using RulesEngine.ExpressionBuilders;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// Binds one expression: parses it with RulesEngine's own <see cref="RuleExpressionParser"/> (from the
/// <see cref="ParserCache"/>) against the <see cref="SymbolTable"/>, within the <see cref="NestingGuard"/>'s bounds,
/// checks it against the sandbox, and has the <see cref="RowRewriter"/> rewrite it to read village rows. Parse errors are
/// worded by the <see cref="ParseErrorTranslator"/>, comparisons read for gap analysis by the <see cref="GapReader"/>.
/// Derived indicators are bound once each and shared.
/// </summary>
internal sealed class ExpressionBinder
{
    private readonly RuleExpressionParser _parser;
    private readonly Dictionary<string, BoundExpression> _derivedBound = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _derivedInProgress = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CompileException> _derivedFailed = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<MethodInfo> _helpers;
    private readonly bool _plainNames;
    private readonly NestingGuard _guard;
    private readonly ParseErrorTranslator _errors;
    private readonly GapReader _gaps;

    /// <summary>Initializes a new instance of the <see cref="ExpressionBinder"/> class.</summary>
    /// <param name="schema">The row layout; the binder reads it and never changes it (text constants go to <see cref="Texts"/>).</param>
    /// <param name="parameters">The document's parameters.</param>
    /// <param name="helpers">The plug-in helpers expressions may call.</param>
    /// <param name="plainNames">Whether indicators and parameters are plain names (the FiveStar format) besides members of <c>input1</c>.</param>
    /// <param name="options">The limits and the language in force.</param>
    /// <exception cref="CompileException">A name is both an indicator and a parameter.</exception>
    public ExpressionBinder(IndicatorSchema schema, IEnumerable<ParameterDefinition> parameters, IReadOnlyCollection<MethodInfo> helpers, bool plainNames, CriteriaLoaderOptions options)
    {
        Schema = schema;
        _plainNames = plainNames;
        Language = options.Language;
        _helpers = [.. helpers];
        Symbols = new SymbolTable([.. schema.Indicators.Concat(schema.Derived)], parameters, Language);
        _guard = new NestingGuard(options.MaxExpressionNesting, options.MaxExpandedNodes, Language);
        _errors = new ParseErrorTranslator(Symbols, _helpers, plainNames, Language);
        _gaps = new GapReader(Symbols);
        _parser = ParserCache.Shared.For(_helpers);
        Values = Expression.Parameter(typeof(double[]), "values");
        Offset = Expression.Parameter(typeof(int), "offset");
    }

    /// <summary>Gets the row array every bound expression reads.</summary>
    public ParameterExpression Values { get; }

    /// <summary>Gets the offset of the village's row in <see cref="Values"/>.</summary>
    public ParameterExpression Offset { get; }

    public IReadOnlySet<MethodInfo> Helpers => _helpers;

    /// <summary>Gets the row layout expressions are bound to.</summary>
    public IndicatorSchema Schema { get; }

    /// <summary>Gets the names expressions may use.</summary>
    public SymbolTable Symbols { get; }

    /// <summary>Gets the text constants met so far, which the rater's schema is built with.</summary>
    public TextConstants Texts { get; } = new();

    /// <summary>Gets the language of messages.</summary>
    public Language Language { get; }

    /// <summary>Parses and binds one expression in a scope of named scoped parameters (globals, then locals).</summary>
    /// <exception cref="CompileException">The expression is invalid or not allowed.</exception>
    public BoundExpression Bind(string expression, IReadOnlyList<ScopedVariable> scope, Type? returnType, string? derivedId = null)
    {
        _guard.CheckText(expression);
        var parameters = new List<ParameterExpression> { Symbols.Input };
        if (_plainNames)
        {
            parameters.AddRange(Symbols.Symbols);
        }

        // Later scoped parameters shadow nothing: names are checked for collisions when declared.
        parameters.AddRange(scope.Select(s => s.Variable));
        Expression parsed;
        try
        {
            parsed = _parser.Parse(expression, [.. parameters], returnType);
        }
        catch (ParseException exception) when (returnType == typeof(bool) && ParseErrorTranslator.IsBooleanExpected(exception) && ParsesAs(expression, parameters) is { } actual && actual != typeof(bool))
        {
            // The parser only says "Expression of type 'Boolean' expected"; say what the expression gives instead.
            throw new CompileException(_errors.NotTrueOrFalse(actual));
        }
        catch (ParseException exception)
        {
            throw new CompileException(_errors.Describe(exception, expression, scope));
        }
        catch (FormatException exception)
        {
            // The parser converts a text constant to the type of what it is compared with, e.g. "yes" to a true/false indicator.
            throw new CompileException(_errors.TextConstantMismatch(exception));
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or NotSupportedException or InvalidCastException or OverflowException)
        {
            throw new CompileException(_errors.CannotCompile(exception));
        }

        if (returnType == typeof(bool) && parsed.Type != typeof(bool))
        {
            throw new CompileException(_errors.NotTrueOrFalse(parsed.Type));
        }

        _guard.CheckTree(parsed);
        if (RunTimeFailureChecker.Find(parsed, Symbols.ParameterValueOf, Language) is { } failure)
        {
            throw new CompileException(failure);
        }

        var allowed = new HashSet<ParameterExpression>(parameters);
        if (SandboxValidator.FindViolation(parsed, allowed, Symbols.InputType, _helpers, Language) is { } violation)
        {
            throw new CompileException(Localizer.Format(Language, nameof(Messages.Compile_NotAllowed), violation, SandboxValidator.Allowed(_helpers, Language)));
        }

        if (returnType == typeof(bool) && ThresholdChecker.Find(parsed, Symbols.IndicatorOf, Symbols.ParameterValueOf, Language) is { } threshold)
        {
            throw new CompileException(threshold);
        }

        var rewriter = new RowRewriter(this, scope);
        var body = rewriter.Visit(parsed);
        _guard.CheckExpansion(rewriter, derivedId);
        return new BoundExpression(body, rewriter.Slots) { Gap = returnType == typeof(bool) ? _gaps.Read(parsed) : GapOpaque.Instance, Size = rewriter.Size, Depth = rewriter.MaxDepth };
    }

    /// <summary>Names every symbol an expression may use, for suggestions.</summary>
    public IEnumerable<string> KnownNames(IReadOnlyList<ScopedVariable> scope) => Symbols.KnownNames(scope);

    public bool IsKnownName(string name) => Symbols.IsKnownName(name);

    /// <summary>Reads a reported indicator from the row as its expression type.</summary>
    public Expression Read(int slot)
    {
        var raw = Expression.ArrayIndex(Values, Expression.Add(Offset, Expression.Constant(slot)));
        return Schema.Indicators[slot].Type switch
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
            throw new CompileException(Localizer.Format(Language, nameof(Messages.Compile_DerivedSelf), derived.Id)) { NamesDerivedIndicator = true };
        }

        try
        {
            var target = SymbolTable.ClrType(derived.Type);
            if (target == typeof(string))
            {
                throw new CompileException(Localizer.Format(Language, nameof(Messages.Compile_DerivedType), derived.Id));
            }

            BoundExpression inner;
            try
            {
                inner = Bind(derived.Expression!, [], null, derived.Id);
            }
            catch (CompileException exception) when (!exception.NamesDerivedIndicator)
            {
                throw new CompileException(Localizer.Format(Language, nameof(Messages.Compile_DerivedInvalid), derived.Id, derived.Expression, exception.Message)) { NamesDerivedIndicator = true };
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
            throw new CompileException(Localizer.Format(Language, nameof(Messages.Compile_DerivedDeclaredType), id, ParseErrorTranslator.FriendlyType(body.Type, Language), ParseErrorTranslator.FriendlyType(target, Language)));
        }

        return Expression.Convert(body, target);
    }

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
}
