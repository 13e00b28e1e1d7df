using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using FiveStar.Expressions;
using FiveStar.Indicators;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Binding;

/// <summary>
/// Binds a village class to a schema: each public property to an indicator by explicit map, attribute or convention,
/// every mismatch collected at once, then one compiled delegate that stores the values.
/// </summary>
internal static class ObjectBinder
{
    private static readonly MethodInfo NumberMethod = typeof(BoundValues).GetMethod(nameof(BoundValues.Number))!;
    private static readonly MethodInfo WholeMethod = typeof(BoundValues).GetMethod(nameof(BoundValues.Whole))!;
    private static readonly MethodInfo BooleanMethod = typeof(BoundValues).GetMethod(nameof(BoundValues.Boolean))!;
    private static readonly MethodInfo TextMethod = typeof(BoundValues).GetMethod(nameof(BoundValues.Text))!;
    private static readonly MethodInfo ChoiceMethod = typeof(BoundValues).GetMethod(nameof(BoundValues.Choice))!;
    private static readonly MethodInfo AddPresentMethod = typeof(VillageBatch).GetMethod(nameof(VillageBatch.AddPresent), BindingFlags.NonPublic | BindingFlags.Instance)!;

    public static ObjectAdapter<T> Bind<T>(IndicatorSchema schema, bool[] readSlots, string documentId, VillageMap<T>? map)
    {
        var language = Language.Current;
        var type = typeof(T);
        var typeName = type.Name;
        var problems = new List<string>();
        foreach (var (method, expression) in map?.NotProperties ?? [])
        {
            problems.Add(Localizer.Format(language, nameof(Messages.Bind_NotAProperty), typeName, method, expression));
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetMethod!.IsPublic && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .ToArray();
        var indicatorIds = schema.Indicators.Select(i => i.Id).ToArray();
        var byKey = schema.Indicators.Select((indicator, slot) => (indicator, slot))
            .GroupBy(i => IndicatorNames.Key(i.indicator.Id))
            .ToDictionary(g => g.Key, g => g.First().slot);
        var derivedByKey = schema.Derived.GroupBy(d => IndicatorNames.Key(d.Id)).ToDictionary(g => g.Key, g => g.First());

        var idProperty = map?.IdProperty
            ?? properties.FirstOrDefault(p => p.IsDefined(typeof(VillageIdAttribute), true))
            ?? properties.FirstOrDefault(p => p.Name == "Id");
        var nameProperty = map?.NameProperty
            ?? properties.FirstOrDefault(p => p.IsDefined(typeof(VillageNameAttribute), true))
            ?? properties.FirstOrDefault(p => p.Name == "Name");

        var bound = new Dictionary<int, PropertyInfo>();
        var unmatched = new List<PropertyInfo>();
        var stores = new List<(PropertyInfo Property, int Slot)>();
        foreach (var property in properties)
        {
            if (property == idProperty || property == nameProperty || (map?.Ignored.Contains(property) ?? false) || property.IsDefined(typeof(NotAnIndicatorAttribute), true))
            {
                continue;
            }

            int slot;
            var given = map is not null && map.Indicators.TryGetValue(property, out var mapped) ? mapped
                : property.GetCustomAttribute<VillageIndicatorAttribute>(true)?.IndicatorId;
            if (given is not null)
            {
                slot = schema.IndexOf(given);
                if (slot < 0)
                {
                    problems.Add(Localizer.Format(language, nameof(Messages.Bind_UnknownIndicator), typeName, property.Name, given, NameSuggester.Hint(language, given, indicatorIds)));
                    continue;
                }
            }
            else if (!byKey.TryGetValue(IndicatorNames.Key(property.Name), out slot))
            {
                if (derivedByKey.TryGetValue(IndicatorNames.Key(property.Name), out var derived))
                {
                    problems.Add(Localizer.Format(language, nameof(Messages.Bind_Derived), typeName, property.Name, derived.Id));
                }
                else
                {
                    unmatched.Add(property);
                }

                continue;
            }

            if (bound.TryGetValue(slot, out var other))
            {
                problems.Add(Localizer.Format(language, nameof(Messages.Bind_TwoProperties), typeName, other.Name, property.Name, schema.Indicators[slot].Id));
                continue;
            }

            bound[slot] = property;
            if (CheckType(property, schema.Indicators[slot], typeName, language, problems))
            {
                stores.Add((property, slot));
            }
        }

        foreach (var property in unmatched)
        {
            var snake = IndicatorNames.ToSnake(property.Name);
            var free = indicatorIds.Where((_, slot) => !bound.ContainsKey(slot));
            problems.Add(Localizer.Format(language, nameof(Messages.Bind_NoIndicator), typeName, property.Name, NameSuggester.Hint(language, snake, free)));
        }

        foreach (var notProvided in map?.NotProvidedIds ?? [])
        {
            if (schema.IndexOf(notProvided) < 0)
            {
                problems.Add(Localizer.Format(language, nameof(Messages.Bind_UnknownIndicator), typeName, nameof(VillageMap<T>.NotProvided), notProvided, NameSuggester.Hint(language, notProvided, indicatorIds)));
            }
        }

        var unmatchedBySnake = unmatched.ToDictionary(p => IndicatorNames.ToSnake(p.Name), p => p.Name);
        for (var slot = 0; slot < schema.Count; slot++)
        {
            var indicator = schema.Indicators[slot];
            if (bound.ContainsKey(slot) || !readSlots[slot] || (map?.NotProvidedIds.Contains(indicator.Id) ?? false))
            {
                continue;
            }

            var near = NameSuggester.Nearest(indicator.Id, unmatchedBySnake.Keys).Select(s => unmatchedBySnake[s]).ToArray();
            var hint = near.Length == 0 ? string.Empty : NameSuggester.Hint(language, near[0], near);
            problems.Add(Localizer.Format(language, nameof(Messages.Bind_NoProperty), typeName, indicator.Id, hint, PascalOf(indicator.Id)));
        }

        if (idProperty is null)
        {
            problems.Add(Localizer.Format(language, nameof(Messages.Bind_NoId), typeName));
        }
        else if ((Nullable.GetUnderlyingType(idProperty.PropertyType) ?? idProperty.PropertyType) is var idType && idType != typeof(string) && idType != typeof(int) && idType != typeof(long) && idType != typeof(Guid))
        {
            problems.Add(Localizer.Format(language, nameof(Messages.Bind_IdType), typeName, idProperty.Name, TypeName(idProperty.PropertyType)));
        }

        if (nameProperty is not null && nameProperty.PropertyType != typeof(string))
        {
            problems.Add(Localizer.Format(language, nameof(Messages.Bind_NameType), typeName, nameProperty.Name, TypeName(nameProperty.PropertyType)));
        }

        var enumCodes = new Dictionary<PropertyInfo, EnumCodes>();
        foreach (var (property, slot) in stores)
        {
            var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (valueType.IsEnum)
            {
                enumCodes[property] = CodesOf(valueType, property, schema.Indicators[slot], typeName, language, problems);
            }
        }

        if (problems.Count > 0)
        {
            var heading = Localizer.Format(language, nameof(Messages.Bind_Failed), TypeName(type), documentId, problems.Count);
            throw new VillageBindingException(heading + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)), problems);
        }

        return new ObjectAdapter<T>(IdGetter<T>(idProperty!), nameProperty is null ? null : Getter<T, string?>(nameProperty), Fill<T>(stores, enumCodes, schema));
    }

    /// <summary>Whether a property's type can hold its indicator's values; records why not.</summary>
    private static bool CheckType(PropertyInfo property, IndicatorDefinition indicator, string typeName, Language language, List<string> problems)
    {
        var valueType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var kind = KindOf(valueType);
        if (kind is null)
        {
            problems.Add(Localizer.Format(language, nameof(Messages.Bind_UnsupportedType), typeName, property.Name, TypeName(property.PropertyType)));
            return false;
        }

        var fits = indicator.Type switch
        {
            IndicatorType.Boolean => kind == Kind.Boolean,
            IndicatorType.Enumeration => kind is Kind.Text or Kind.Enum,
            IndicatorType.Text => kind == Kind.Text,
            _ => kind is Kind.Whole or Kind.Real,
        };
        if (!fits)
        {
            var wanted = indicator.Type switch
            {
                IndicatorType.Boolean => nameof(Messages.Bind_KindBoolean),
                IndicatorType.Enumeration => nameof(Messages.Bind_KindChoice),
                IndicatorType.Text => nameof(Messages.Bind_KindText),
                _ => nameof(Messages.Bind_KindNumber),
            };
            problems.Add(Localizer.Format(language, nameof(Messages.Bind_WrongType), typeName, property.Name, TypeName(property.PropertyType), indicator.Id, Localizer.Format(language, wanted)));
        }

        return fits;
    }

    private static EnumCodes CodesOf(Type enumType, PropertyInfo property, IndicatorDefinition indicator, string typeName, Language language, List<string> problems)
    {
        var valueIds = indicator.Values.Select(v => v.Id).ToArray();
        var values = new List<long>();
        var codes = new List<int>();
        foreach (var field in enumType.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var given = field.GetCustomAttribute<VillageValueAttribute>()?.ValueId;
            var code = given is not null
                ? Array.FindIndex(valueIds, id => string.Equals(id, given, StringComparison.OrdinalIgnoreCase))
                : Array.FindIndex(valueIds, id => IndicatorNames.Key(id) == IndicatorNames.Key(field.Name));
            if (code < 0)
            {
                var asked = given ?? IndicatorNames.ToSnake(field.Name);
                problems.Add(Localizer.Format(language, nameof(Messages.Bind_EnumValue), typeName, property.Name, enumType.Name, field.Name, indicator.Id, string.Join(", ", valueIds), NameSuggester.Hint(language, asked, valueIds)));
                continue;
            }

            values.Add(Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture));
            codes.Add(code);
        }

        return new EnumCodes([.. values], [.. codes]);
    }

    /// <summary>
    /// Compiles the stores of a bound class into one delegate. A number in its indicator's valid range (and a true/false
    /// value) is written straight into the batch's row, counted once at the end; anything else (a value out of range, not
    /// finite, not whole, an enumeration or a text) goes through the readers' checks, which record the problem. Both give
    /// the same row, so the checks stay the readers' and the common case costs a compare and a store per property.
    /// </summary>
    private static Action<T, VillageBatch, int> Fill<T>(List<(PropertyInfo Property, int Slot)> stores, Dictionary<PropertyInfo, EnumCodes> enumCodes, IndicatorSchema schema)
    {
        var village = Expression.Parameter(typeof(T), "village");
        var batch = Expression.Parameter(typeof(VillageBatch), "batch");
        var row = Expression.Parameter(typeof(int), "row");
        var values = Expression.Variable(typeof(double[]), "values");
        var offset = Expression.Variable(typeof(int), "offset");
        var present = Expression.Variable(typeof(int), "present");
        var variables = new List<ParameterExpression> { values, offset, present };
        var body = new List<Expression>
        {
            Expression.Assign(values, Expression.Property(batch, nameof(VillageBatch.Values))),
            Expression.Assign(offset, Expression.Multiply(row, Expression.Property(batch, nameof(VillageBatch.Stride)))),
            Expression.Assign(present, Expression.Constant(0)),
        };
        foreach (var (property, slot) in stores)
        {
            var read = Expression.Property(village, property);
            var nullable = Nullable.GetUnderlyingType(property.PropertyType);
            var valueType = nullable ?? property.PropertyType;
            Expression value = read;
            ParameterExpression? local = null;
            if (nullable is not null)
            {
                // Read the property once; null is a missing value.
                local = Expression.Variable(property.PropertyType);
                variables.Add(local);
                value = Expression.Property(local, "Value");
            }

            var slotConstant = Expression.Constant(slot);
            var cell = Expression.ArrayAccess(values, Expression.Add(offset, slotConstant));
            var type = schema.Types[slot];
            Expression store;
            switch (KindOf(valueType))
            {
                case Kind.Boolean:
                    // Only a true/false indicator takes a bool property (checked when binding): stored as 1 or 0.
                    store = Expression.Block(
                        Expression.Assign(cell, Expression.Condition(value, Expression.Constant(1.0), Expression.Constant(0.0))),
                        Expression.PreIncrementAssign(present));
                    break;
                case Kind.Text:
                    store = Expression.Call(TextMethod, batch, row, slotConstant, value);
                    break;
                case Kind.Enum:
                    store = Expression.Call(ChoiceMethod, batch, row, slotConstant, Expression.Convert(value, typeof(long)), Expression.Constant(enumCodes[property]));
                    break;
                case Kind.Whole:
                {
                    var whole = Expression.Variable(typeof(long));
                    var number = Expression.Variable(typeof(double));
                    var (low, high) = FastRange(schema, slot, type == IndicatorType.WholeNumber);
                    store = Expression.Block(
                        [whole, number],
                        Expression.Assign(whole, Expression.Convert(value, typeof(long))),
                        Expression.Assign(number, Expression.Convert(whole, typeof(double))),
                        Expression.IfThenElse(
                            InRange(number, low, high),
                            Expression.Block(Expression.Assign(cell, number), Expression.PreIncrementAssign(present)),
                            Expression.Call(WholeMethod, batch, row, slotConstant, whole)));
                    break;
                }

                default:
                {
                    var number = Expression.Variable(typeof(double));
                    var assign = Expression.Assign(number, Expression.Convert(value, typeof(double)));
                    var slow = Expression.Call(NumberMethod, batch, row, slotConstant, number);
                    if (type == IndicatorType.WholeNumber)
                    {
                        // A fractional number for a whole-number indicator is a problem the readers word: always their way.
                        store = Expression.Block([number], assign, slow);
                        break;
                    }

                    var (low, high) = FastRange(schema, slot, whole: false);
                    store = Expression.Block(
                        [number],
                        assign,
                        Expression.IfThenElse(
                            InRange(number, low, high),
                            Expression.Block(Expression.Assign(cell, number), Expression.PreIncrementAssign(present)),
                            slow));
                    break;
                }
            }

            if (local is not null)
            {
                body.Add(Expression.Assign(local, read));
                store = Expression.IfThen(Expression.Property(local, "HasValue"), store);
            }

            body.Add(store);
        }

        body.Add(Expression.Call(batch, AddPresentMethod, row, present));
        var lambda = Expression.Lambda<Action<T, VillageBatch, int>>(Expression.Block(variables, body), village, batch, row);
        return DelegateCompiler.Compile(lambda);
    }

    /// <summary>
    /// The values a store may write without the readers' checks: the indicator's valid range, within the finite numbers
    /// (infinity and NaN fail the comparison and take the checked way) and, for a whole-number indicator, within what it
    /// stores unclamped.
    /// </summary>
    private static (double Low, double High) FastRange(IndicatorSchema schema, int slot, bool whole)
    {
        var low = Math.Max(schema.Minimums[slot], whole ? int.MinValue : double.MinValue);
        var high = Math.Min(schema.Maximums[slot], whole ? int.MaxValue : double.MaxValue);
        return (low, high);
    }

    private static BinaryExpression InRange(ParameterExpression number, double low, double high) =>
        Expression.AndAlso(Expression.GreaterThanOrEqual(number, Expression.Constant(low)), Expression.LessThanOrEqual(number, Expression.Constant(high)));

    private static Func<T, string?> IdGetter<T>(PropertyInfo property)
    {
        var village = Expression.Parameter(typeof(T), "village");
        Expression read = Expression.Property(village, property);
        var nullable = Nullable.GetUnderlyingType(property.PropertyType);
        var valueType = nullable ?? property.PropertyType;
        if (valueType != typeof(string))
        {
            // A number or Guid id becomes its invariant text; a null one is no id.
            var local = Expression.Variable(property.PropertyType);
            Expression value = nullable is null ? local : Expression.Property(local, "Value");
            var text = valueType == typeof(Guid)
                ? Expression.Call(value, valueType.GetMethod(nameof(Guid.ToString), Type.EmptyTypes)!)
                : Expression.Call(value, valueType.GetMethod(nameof(int.ToString), [typeof(IFormatProvider)])!, Expression.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider)));
            read = Expression.Block(
                [local],
                Expression.Assign(local, read),
                nullable is null ? text : Expression.Condition(Expression.Property(local, "HasValue"), text, Expression.Constant(null, typeof(string))));
        }

        return DelegateCompiler.Compile(Expression.Lambda<Func<T, string?>>(read, village));
    }

    private static Func<T, TValue> Getter<T, TValue>(PropertyInfo property)
    {
        var village = Expression.Parameter(typeof(T), "village");
        return DelegateCompiler.Compile(Expression.Lambda<Func<T, TValue>>(Expression.Property(village, property), village));
    }

    private static Kind? KindOf(Type type) =>
        type == typeof(bool) ? Kind.Boolean
        : type == typeof(string) ? Kind.Text
        : type.IsEnum ? Kind.Enum
        : type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ? Kind.Whole
        : type == typeof(double) || type == typeof(decimal) || type == typeof(float) ? Kind.Real
        : null;

    private static string PascalOf(string id) => string.Concat(id.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string TypeName(Type type) => Nullable.GetUnderlyingType(type) is { } inner ? inner.Name + "?" : type.Name;

    private enum Kind
    {
        Boolean,
        Text,
        Enum,
        Whole,
        Real,
    }
}
