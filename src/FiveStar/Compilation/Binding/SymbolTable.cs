using System.Linq.Expressions;
using FiveStar.Compilation.Plan;
using FiveStar.Compilation.Schema;
using FiveStar.Criteria;
using FiveStar.Indicators;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Compilation.Binding;

/// <summary>
/// The names an expression may use and what each stands for: the indicators (as members of the typed input
/// <c>input1</c>, and as plain names in the FiveStar format) and the document's parameters. Names are case-insensitive,
/// and no name is both an indicator and a parameter.
/// </summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<string, IndicatorDefinition> _indicators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ParameterExpression> _symbols = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ParameterExpression, string> _symbolNames = [];
    private readonly Dictionary<string, double> _parameters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Language _language;

    /// <summary>Initializes a new instance of the <see cref="SymbolTable"/> class.</summary>
    /// <param name="indicators">The reported, then the derived indicators.</param>
    /// <param name="parameters">The document's parameters.</param>
    /// <param name="language">The language of messages.</param>
    /// <exception cref="CompileException">A name is both an indicator and a parameter.</exception>
    public SymbolTable(IReadOnlyList<IndicatorDefinition> indicators, IEnumerable<ParameterDefinition> parameters, Language language)
    {
        _language = language;
        InputType = InputTypeBuilder.Create(indicators.Select(i => (i.Id, ClrType(i.Type))));
        Input = Expression.Parameter(InputType, "input1");
        foreach (var indicator in indicators)
        {
            _indicators[indicator.Id] = indicator;
            Add(indicator.Id, ClrType(indicator.Type));
        }

        foreach (var parameter in parameters)
        {
            _parameters[parameter.Id] = parameter.Value;
            Add(parameter.Id, typeof(double));
        }
    }

    /// <summary>Gets the typed view of a village that expressions are parsed against.</summary>
    public Type InputType { get; }

    /// <summary>Gets the parameter that stands for the village (<c>input1</c>).</summary>
    public ParameterExpression Input { get; }

    /// <summary>Gets the plain names, as parameters of the parse.</summary>
    public IEnumerable<ParameterExpression> Symbols => _symbols.Values;

    /// <summary>Gets the ids of the indicators, reported and derived.</summary>
    public IEnumerable<string> IndicatorIds => _indicators.Keys;

    /// <summary>The type an indicator has in expressions.</summary>
    /// <param name="type">The indicator's type.</param>
    /// <returns>The CLR type.</returns>
    public static Type ClrType(IndicatorType type) => type switch
    {
        IndicatorType.WholeNumber => typeof(int),
        IndicatorType.Boolean => typeof(bool),
        IndicatorType.Enumeration or IndicatorType.Text => typeof(string),
        _ => typeof(double),
    };

    /// <summary>Names every symbol an expression may use, for suggestions.</summary>
    /// <param name="scope">The scoped parameters in force.</param>
    /// <returns>The indicators, the parameters, then the scoped names.</returns>
    public IEnumerable<string> KnownNames(IReadOnlyList<ScopedVariable> scope) => _indicators.Keys.Concat(_parameters.Keys).Concat(scope.Select(s => s.Name));

    /// <summary>Whether a name is an indicator or a parameter.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool IsKnownName(string name) => _indicators.ContainsKey(name) || _parameters.ContainsKey(name);

    /// <summary>The name a parsed plain-name symbol stands for.</summary>
    /// <param name="symbol">The parameter of the parse.</param>
    /// <param name="name">The name, when it is a symbol of this table.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public bool TryGetName(ParameterExpression symbol, out string name) => _symbolNames.TryGetValue(symbol, out name!);

    /// <summary>The indicator of a name that is not a parameter.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">The name is no indicator.</exception>
    public IndicatorDefinition Indicator(string name) => _indicators[name];

    /// <summary>The value of a parameter.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The parameter's value.</param>
    /// <returns><see langword="true"/> when the name is a parameter.</returns>
    public bool TryGetParameter(string name, out double value) => _parameters.TryGetValue(name, out value);

    /// <summary>The id of a parameter as the document spells it.</summary>
    /// <param name="name">The name, in any case.</param>
    /// <returns>The id.</returns>
    public string ParameterId(string name) => _parameters.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The name a parsed expression reads when it is an indicator or parameter: a member of the input, or a plain name.</summary>
    /// <param name="expression">The parsed expression.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public string? NameRead(Expression expression) => expression switch
    {
        MemberExpression m when m.Expression == Input => m.Member.Name,
        ParameterExpression p when _symbolNames.TryGetValue(p, out var name) => name,
        _ => null,
    };

    /// <summary>The indicator a parsed expression reads, if it is one.</summary>
    /// <param name="expression">The parsed expression.</param>
    /// <returns>The indicator, or <see langword="null"/>.</returns>
    public IndicatorDefinition? IndicatorOf(Expression expression) =>
        NameRead(expression) is { } name ? _indicators.GetValueOrDefault(name) : null;

    /// <summary>The value of the parameter a parsed plain name stands for, if it is one.</summary>
    /// <param name="expression">The parsed expression.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public double? ParameterValueOf(Expression expression) =>
        expression is ParameterExpression p && _symbolNames.TryGetValue(p, out var name) && _parameters.TryGetValue(name, out var value) ? value : null;

    private void Add(string name, Type type)
    {
        if (_symbols.ContainsKey(name))
        {
            throw new CompileException(Localizer.Format(_language, nameof(Messages.Compile_NameBothIndicatorAndParameter), name));
        }

        var symbol = Expression.Parameter(type, name);
        _symbols[name] = symbol;
        _symbolNames[symbol] = name;
    }
}
