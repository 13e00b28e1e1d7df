using System.Globalization;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>Turns one field of village data into a row value, recording a problem when it is not a valid value of its indicator.</summary>
internal static class ValueParser
{
    /// <summary>Stores a text field; returns false and records a problem when it is invalid (the value then stays missing).</summary>
    public static void Store(VillageBatch batch, int row, int slot, ReadOnlySpan<char> text, long? line, int? column)
    {
        var indicator = batch.Schema.Indicators[slot];
        text = text.Trim();
        if (text.IsEmpty)
        {
            return;
        }

        if (indicator.Type == IndicatorType.Boolean && TryParseBoolean(text, out var known))
        {
            // The common case first: no spelling of true or false holds U+FFFD, so the scan for it can wait for the rest.
            batch.SetRead(row, slot, known ? 1 : 0);
            return;
        }

        if (text.Contains('\uFFFD'))
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Data_NotUtf8Value), indicator.Id), indicator.Id, line, column));
            return;
        }

        switch (indicator.Type)
        {
            case IndicatorType.Boolean:
                if (TryParseBoolean(text, out var flag))
                {
                    batch.SetRead(row, slot, flag ? 1 : 0);
                }
                else
                {
                    Invalid(batch, row, indicator, text, Localizer.Format(Language.Current, nameof(Messages.Data_ExpectedBoolean)), line, column);
                }

                return;
            case IndicatorType.Enumeration:
            case IndicatorType.Text:
                var code = batch.Schema.CodeOf(slot, text);
                if (code < 0 && indicator.Type == IndicatorType.Enumeration)
                {
                    Invalid(batch, row, indicator, text, Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedOneOf), string.Join(", ", indicator.Values.Select(v => v.Id))), line, column);
                    return;
                }

                batch.SetRead(row, slot, code);
                return;
            default:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    Invalid(batch, row, indicator, text, Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedNumber)), line, column);
                    return;
                }

                StoreNumber(batch, row, slot, number, line, column);
                return;
        }
    }

    /// <summary>Stores a number read from JSON or by the CSV reader's fast path, checking it like a text field.</summary>
    public static void StoreNumber(VillageBatch batch, int row, int slot, double number, long? line, int? column)
    {
        var schema = batch.Schema;
        var type = schema.Types[slot];
        if (type == IndicatorType.Boolean && number is 0 or 1)
        {
            // What the text "1" or "0" gives, without making the text.
            batch.SetRead(row, slot, number);
            return;
        }

        if (type is IndicatorType.Enumeration or IndicatorType.Text or IndicatorType.Boolean)
        {
            Store(batch, row, slot, number.ToString(CultureInfo.InvariantCulture), line, column);
            return;
        }

        if (type == IndicatorType.WholeNumber && number != Math.Floor(number))
        {
            Invalid(batch, row, schema.Indicators[slot], number.ToString(CultureInfo.InvariantCulture), Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedWholeNumber)), line, column);
            return;
        }

        if (number < schema.Minimums[slot] || number > schema.Maximums[slot])
        {
            var indicator = schema.Indicators[slot];
            var range = Localizer.Format(Language.Current, nameof(Messages.Data_Range), Format(indicator.EffectiveMinimum), Format(indicator.EffectiveMaximum));
            batch.AddProblem(row, new DataProblem(DataProblemKind.OutOfRange, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Data_OutOfRange), indicator.Id, Format(number), range), indicator.Id, line, column));
            return;
        }

        batch.SetRead(row, slot, number);
    }

    /// <summary>
    /// Stores a value given as a number through the batch API: an enumeration or text indicator takes the code
    /// <see cref="VillageBatch.Get"/> returns (an enumeration value's position, or a text constant's), every other type is
    /// checked as a number read from a file.
    /// </summary>
    public static void StoreCode(VillageBatch batch, int row, int slot, double value, long? line)
    {
        var schema = batch.Schema;
        var indicator = schema.Indicators[slot];
        switch (indicator.Type)
        {
            case IndicatorType.Enumeration when value != Math.Floor(value) || value < 0 || value >= indicator.Values.Count:
                Invalid(batch, row, indicator, Plain(value), Localizer.Format(Language.Current, nameof(Messages.Data_ExpectedEnumerationCode), string.Join(", ", indicator.Values.Select(v => v.Id)), indicator.Values.Count - 1), line, null);
                return;
            case IndicatorType.Text when value != Math.Floor(value) || value < -1 || double.IsInfinity(value):
                Invalid(batch, row, indicator, Plain(value), Localizer.Format(Language.Current, nameof(Messages.Data_ExpectedTextCode)), line, null);
                return;
            case IndicatorType.Enumeration or IndicatorType.Text:
                batch.SetRead(row, slot, value);
                return;
            default:
                StoreValue(batch, row, slot, value, line, null);
                return;
        }
    }

    /// <summary>Stores a number of any origin: one that is not finite is not a number, otherwise it is checked as read from a file.</summary>
    public static void StoreValue(VillageBatch batch, int row, int slot, double number, long? line, int? column)
    {
        if (!double.IsFinite(number))
        {
            Invalid(batch, row, batch.Schema.Indicators[slot], number.ToString(CultureInfo.InvariantCulture), Localizer.Format(Language.Current, nameof(Messages.Xlsx_ExpectedNumber)), line, column);
            return;
        }

        StoreNumber(batch, row, slot, number, line, column);
    }

    /// <summary>Stores a true/false value of any origin: a boolean indicator takes it as 1 or 0, any other checks its text, as a JSON <c>true</c> is.</summary>
    public static void StoreBoolean(VillageBatch batch, int row, int slot, bool value, long? line, int? column)
    {
        if (batch.Schema.Types[slot] == IndicatorType.Boolean)
        {
            batch.SetRead(row, slot, value ? 1 : 0);
            return;
        }

        Store(batch, row, slot, value ? "true" : "false", line, column);
    }

    /// <summary>Records every required indicator the row has no value for, at its column when the file has one (a workbook's batch turns it into the cell).</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="row">The village's row.</param>
    /// <param name="line">The village's line, or its row in a sheet.</param>
    /// <param name="slotColumns">Per slot, the 1-based column the file gives it in, 0 when none; empty when the input has no columns.</param>
    public static void CheckRequired(VillageBatch batch, int row, long? line, ReadOnlySpan<int> slotColumns = default)
    {
        var schema = batch.Schema;
        foreach (var slot in schema.RequiredSlots)
        {
            if (double.IsNaN(batch.Get(row, slot)) && !HasProblemFor(batch, row, schema.Indicators[slot].Id))
            {
                int? column = slot < slotColumns.Length && slotColumns[slot] > 0 ? slotColumns[slot] : null;
                batch.AddProblem(row, new DataProblem(DataProblemKind.MissingRequired, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Data_RequiredMissing), schema.Indicators[slot].Id), schema.Indicators[slot].Id, line, column));
            }
        }
    }

    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        if (text.Length == 1 && text[0] is '1' or '0')
        {
            // The common case of machine-written files, before the spelled-out forms.
            value = text[0] == '1';
            return true;
        }

        if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text is "1" or "是" or "有" or "√" or "✓" || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("y", StringComparison.OrdinalIgnoreCase))
        {
            value = true;
            return true;
        }

        if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text is "0" or "否" or "无" or "×" or "✗" || text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("n", StringComparison.OrdinalIgnoreCase))
        {
            value = false;
            return true;
        }

        value = false;
        return false;
    }

    private static bool HasProblemFor(VillageBatch batch, int row, string indicator)
    {
        foreach (var problem in batch.GetProblems(row))
        {
            if (problem.Indicator == indicator)
            {
                return true;
            }
        }

        return false;
    }

    private static void Invalid(VillageBatch batch, int row, IndicatorDefinition indicator, ReadOnlySpan<char> text, string expected, long? line, int? column)
    {
        var shown = text.Length > 40 ? string.Concat(text[..40], "…") : text.ToString();
        batch.AddProblem(row, new DataProblem(DataProblemKind.InvalidValue, ProblemSeverity.Error, Localizer.Format(Language.Current, nameof(Messages.Data_Invalid), indicator.Id, shown, expected), indicator.Id, line, column));
    }

    private static string Plain(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? Localizer.Format(Language.Current, nameof(Messages.Data_Unbounded));
}
