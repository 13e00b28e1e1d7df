using System.Globalization;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Reading;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;

namespace FiveStar.Workbooks;

/// <summary>
/// Writes a fill-in workbook for a rater's village data (SpreadCheetah): a title, one header row in Chinese or English
/// with units, which the village readers find again by name (the indicator id stands in where a name would not be
/// unique, and every header cell carries its id in a note), drop-downs for yes/no and enumerations, numeric ranges as
/// cell validation, and a notes sheet explaining each indicator. Reading the filled workbook back gives the villages entered.
/// </summary>
public static class VillageTemplate
{
    /// <summary>The number of rows below the header that carry cell validation in an empty template.</summary>
    public const int ValidatedRows = 1000;

    /// <summary>Gets the name of the sheet villages are filled in on.</summary>
    /// <param name="language">The template's language.</param>
    /// <returns>村级数据, or Villages in English.</returns>
    public static string SheetName(Language language) => Localizer.Format(language, nameof(Messages.Template_SheetName));

    /// <summary>Writes an empty template.</summary>
    /// <param name="rater">The rater whose reported indicators the template asks for.</param>
    /// <param name="output">The stream the .xlsx is written to (left open).</param>
    /// <param name="language">The language of headers, drop-downs and notes.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public static Task WriteAsync(StarRater rater, Stream output, Language language) =>
        WriteAsync(rater, output, language, null, CancellationToken.None);

    /// <summary>Writes an empty template, until cancelled.</summary>
    /// <param name="rater">The rater whose reported indicators the template asks for.</param>
    /// <param name="output">The stream the .xlsx is written to (left open).</param>
    /// <param name="language">The language of headers, drop-downs and notes.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public static Task WriteAsync(StarRater rater, Stream output, Language language, CancellationToken cancellationToken) =>
        WriteAsync(rater, output, language, null, cancellationToken);

    /// <summary>Writes the template, optionally filled with villages (last year's data, say).</summary>
    /// <param name="rater">The rater whose reported indicators the template asks for.</param>
    /// <param name="output">The stream the .xlsx is written to (left open).</param>
    /// <param name="language">The language of headers, drop-downs and notes.</param>
    /// <param name="villages">Villages to fill in, or <see langword="null"/> for an empty template.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    public static async Task WriteAsync(StarRater rater, Stream output, Language language, VillageBatch? villages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(language);
        var schema = rater.Schema;
        if (villages is not null && villages.Schema != schema)
        {
            throw new ArgumentException("The villages were read for another rater's schema.", nameof(villages));
        }

        var headers = Headers(schema, language);
        var sheetName = SheetName(language);
        await using var workbook = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { WriteCellReferenceAttributes = true }, cancellationToken).ConfigureAwait(false);
        var bold = workbook.AddStyle(new Style { Font = new Font { Bold = true } });
        var title = workbook.AddStyle(new Style { Font = new Font { Bold = true, Size = 14 } });
        var header = workbook.AddStyle(new Style { Font = new Font { Bold = true }, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Center } });
        var wrap = workbook.AddStyle(new Style { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Top } });

        var options = new WorksheetOptions { FrozenRows = 2, FrozenColumns = 2 };
        options.Column(1).Width = 12;
        options.Column(2).Width = 14;
        for (var slot = 0; slot < schema.Count; slot++)
        {
            options.Column(slot + 3).Width = Math.Clamp(TextWidth(headers[slot]) / 2.0 + 2, 10, 28);
        }

        await workbook.StartWorksheetAsync(sheetName, options, cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(Localizer.Format(language, nameof(Messages.Template_Title), rater.Document.Name.In(language)), title)], cancellationToken).ConfigureAwait(false);
        var headerRow = new List<Cell>
        {
            new(Localizer.Format(language, nameof(Messages.Template_IdHeader)), header),
            new(Localizer.Format(language, nameof(Messages.Template_NameHeader)), header),
        };
        headerRow.AddRange(headers.Select(h => new Cell(h, header)));
        await workbook.AddRowAsync(headerRow, new RowOptions { Height = 42 }, cancellationToken).ConfigureAwait(false);
        for (var slot = 0; slot < schema.Count; slot++)
        {
            workbook.AddNote(SheetCell.ColumnLetters(slot + 3) + "2", schema.Indicators[slot].Id);
        }

        var rows = villages?.Count ?? 0;
        for (var row = 0; row < rows; row++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await workbook.AddRowAsync(VillageRow(villages!, row, language), cancellationToken).ConfigureAwait(false);
        }

        var last = 2 + Math.Max(ValidatedRows, rows);
        for (var slot = 0; slot < schema.Count; slot++)
        {
            if (Validation(schema.Indicators[slot], language) is { } validation)
            {
                var column = SheetCell.ColumnLetters(slot + 3);
                workbook.AddDataValidation(string.Create(CultureInfo.InvariantCulture, $"{column}3:{column}{last}"), validation);
            }
        }

        var notes = new WorksheetOptions { FrozenRows = 2 };
        notes.Column(1).Width = 8;
        notes.Column(2).Width = 30;
        notes.Column(3).Width = 30;
        notes.Column(4).Width = 12;
        notes.Column(5).Width = 24;
        notes.Column(6).Width = 30;
        notes.Column(7).Width = 8;
        notes.Column(8).Width = 50;
        await workbook.StartWorksheetAsync(Localizer.Format(language, nameof(Messages.Template_NotesSheetName)), notes, cancellationToken).ConfigureAwait(false);
        await workbook.AddRowAsync([new Cell(Localizer.Format(language, nameof(Messages.Template_NotesIntro), sheetName), wrap)], new RowOptions { Height = 48 }, cancellationToken).ConfigureAwait(false);
        string[] noteHeaders =
        [
            nameof(Messages.Template_NotesColumn), nameof(Messages.Template_NotesId), nameof(Messages.Template_NotesName), nameof(Messages.Template_NotesUnit),
            nameof(Messages.Template_NotesType), nameof(Messages.Template_NotesRange), nameof(Messages.Template_NotesRequired), nameof(Messages.Template_NotesCriteria),
        ];
        await workbook.AddRowAsync(noteHeaders.Select(n => new Cell(Localizer.Format(language, n), bold)).ToArray(), cancellationToken).ConfigureAwait(false);
        for (var slot = 0; slot < schema.Count; slot++)
        {
            var indicator = schema.Indicators[slot];
            var readBy = string.Join("; ", rater.Criteria.Where(c => c.Indicators.Contains(indicator.Id, StringComparer.Ordinal)).Select(c => $"{c.Id} {c.Name.In(language)}"));
            await workbook.AddRowAsync(
                [
                    new Cell(SheetCell.ColumnLetters(slot + 3)),
                    new Cell(indicator.Id),
                    new Cell(indicator.Name.In(language), wrap),
                    new Cell(indicator.Unit.In(language)),
                    new Cell(TypeText(indicator, language), wrap),
                    new Cell(RangeText(indicator, language), wrap),
                    new Cell(indicator.Required ? Localizer.Format(language, nameof(Messages.Template_Yes)) : string.Empty),
                    new Cell(readBy, wrap),
                ],
                cancellationToken).ConfigureAwait(false);
        }

        await workbook.FinishAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The header of each slot: its name with the unit in brackets, or its id where the name would not find it again.</summary>
    internal static string[] Headers(IndicatorSchema schema, Language language)
    {
        var matcher = new HeaderMatcher(schema);
        var headers = new string[schema.Count];
        for (var slot = 0; slot < schema.Count; slot++)
        {
            var indicator = schema.Indicators[slot];
            var name = indicator.Name.In(language);
            var unit = indicator.Unit.In(language);
            var text = string.IsNullOrWhiteSpace(unit) ? name : language.IsEnglish ? $"{name} ({unit})" : $"{name}（{unit}）";
            headers[slot] = !string.IsNullOrWhiteSpace(name) && matcher.Match(text) is { Kind: HeaderKind.Indicator, Unit: null } match && match.Slot == slot ? text : indicator.Id;
        }

        return headers;
    }

    private static Cell[] VillageRow(VillageBatch batch, int row, Language language)
    {
        var schema = batch.Schema;
        var cells = new Cell[schema.Count + 2];
        cells[0] = new Cell(batch.GetId(row));
        cells[1] = new Cell(batch.GetName(row));
        for (var slot = 0; slot < schema.Count; slot++)
        {
            var value = batch.Get(row, slot);
            var indicator = schema.Indicators[slot];
            cells[slot + 2] = double.IsNaN(value) ? new Cell(string.Empty) : indicator.Type switch
            {
                IndicatorType.Boolean => new Cell(Localizer.Format(language, value != 0 ? nameof(Messages.Template_Yes) : nameof(Messages.Template_No))),
                IndicatorType.Enumeration => new Cell((int)value < indicator.Values.Count ? ValueName(indicator.Values[(int)value], language) : string.Empty),
                IndicatorType.Text => new Cell(schema.TextOf(slot, (int)value) ?? string.Empty),
                _ => new Cell(value),
            };
        }

        return cells;
    }

    private static string ValueName(EnumerationValue value, Language language)
    {
        var name = value.Name.In(language);
        return string.IsNullOrWhiteSpace(name) ? value.Id : name;
    }

    private static DataValidation? Validation(IndicatorDefinition indicator, Language language)
    {
        var validation = indicator.Type switch
        {
            IndicatorType.Boolean => DataValidation.ListValues([Localizer.Format(language, nameof(Messages.Template_Yes)), Localizer.Format(language, nameof(Messages.Template_No))]),
            IndicatorType.Enumeration when indicator.Values.Sum(v => ValueName(v, language).Length + 1) < 250 => DataValidation.ListValues(indicator.Values.Select(v => ValueName(v, language))),
            IndicatorType.Enumeration or IndicatorType.Text => null,
            IndicatorType.WholeNumber => (indicator.EffectiveMinimum, indicator.EffectiveMaximum) switch
            {
                ({ } min, { } max) => DataValidation.IntegerBetween(ToInt(min), ToInt(max)),
                ({ } min, null) => DataValidation.IntegerGreaterThanOrEqualTo(ToInt(min)),
                (null, { } max) => DataValidation.IntegerLessThanOrEqualTo(ToInt(max)),
                _ => null,
            },
            _ => (indicator.EffectiveMinimum, indicator.EffectiveMaximum) switch
            {
                ({ } min, { } max) => DataValidation.DecimalBetween(min, max),
                ({ } min, null) => DataValidation.DecimalGreaterThanOrEqualTo(min),
                (null, { } max) => DataValidation.DecimalLessThanOrEqualTo(max),
                _ => null,
            },
        };
        if (validation is null)
        {
            return null;
        }

        validation.ErrorTitle = Localizer.Format(language, nameof(Messages.Template_ValidationTitle));
        validation.ErrorMessage = indicator.Type is IndicatorType.Boolean or IndicatorType.Enumeration
            ? Localizer.Format(language, nameof(Messages.Template_ValidationList))
            : Localizer.Format(language, nameof(Messages.Template_ValidationNumber), TypeText(indicator, language), RangeText(indicator, language));
        return validation;
    }

    private static int ToInt(double value) => (int)Math.Clamp(Math.Round(value), int.MinValue, int.MaxValue);

    private static string TypeText(IndicatorDefinition indicator, Language language) => Localizer.Format(language, indicator.Type switch
    {
        IndicatorType.WholeNumber => nameof(Messages.Template_TypeWholeNumber),
        IndicatorType.Percent => nameof(Messages.Template_TypePercent),
        IndicatorType.Money => nameof(Messages.Template_TypeMoney),
        IndicatorType.Boolean => nameof(Messages.Template_TypeBoolean),
        IndicatorType.Enumeration => nameof(Messages.Template_TypeEnumeration),
        IndicatorType.Text => nameof(Messages.Template_TypeText),
        _ => nameof(Messages.Template_TypeNumber),
    });

    private static string RangeText(IndicatorDefinition indicator, Language language)
    {
        if (indicator.Type == IndicatorType.Boolean)
        {
            return $"{Localizer.Format(language, nameof(Messages.Template_Yes))} / {Localizer.Format(language, nameof(Messages.Template_No))}";
        }

        if (indicator.Type == IndicatorType.Enumeration)
        {
            return string.Join(" / ", indicator.Values.Select(v => ValueName(v, language)));
        }

        static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return (indicator.EffectiveMinimum, indicator.EffectiveMaximum) switch
        {
            ({ } min, { } max) => Localizer.Format(language, nameof(Messages.Template_Between), Number(min), Number(max)),
            ({ } min, null) => Localizer.Format(language, nameof(Messages.Template_AtLeast), Number(min)),
            (null, { } max) => Localizer.Format(language, nameof(Messages.Template_AtMost), Number(max)),
            _ => string.Empty,
        };
    }

    private static int TextWidth(string text) => text.Sum(c => c > 0x2E80 ? 2 : 1);
}
