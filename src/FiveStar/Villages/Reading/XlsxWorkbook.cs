using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>
/// The parts of a workbook a sheet's cells need, read once with forward-only XML readers: the sheet names in order, the
/// shared strings, and which cell styles show numbers as dates or percentages.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Built-in number formats that show dates or times (ECMA-376 18.8.30, with the East Asian ids 27-36 and 50-58).
    private static readonly HashSet<int> s_builtInDates = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    private readonly SpreadsheetDocument _document;

    private XlsxWorkbook(SpreadsheetDocument document, WorkbookPart workbook)
    {
        _document = document;
        Workbook = workbook;
    }

    public WorkbookPart Workbook { get; }

    /// <summary>Gets the worksheets in workbook order: name, relationship id, hidden.</summary>
    public List<(string Name, string RelationshipId, bool Hidden)> Sheets { get; } = [];

    /// <summary>Gets the shared strings, by index.</summary>
    public List<string> SharedStrings { get; } = [];

    /// <summary>Gets what each cell style (by <c>s</c> index) shows a number as.</summary>
    public List<CellStyleKind> Styles { get; } = [];

    /// <summary>Opens a workbook package and reads its small parts.</summary>
    /// <exception cref="InvalidDataException">The stream is not a readable .xlsx workbook.</exception>
    public static XlsxWorkbook Open(Stream stream, string sourceName)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false });
        }
        catch (Exception exception) when (exception is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Xlsx_Unreadable), sourceName, exception.Message), exception);
        }

        try
        {
            var workbook = document.WorkbookPart ?? throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Xlsx_NoWorkbookPart), sourceName));
            var result = new XlsxWorkbook(document, workbook);
            result.ReadSheets();
            result.ReadSharedStrings();
            result.ReadStyles();
            return result;
        }
        catch (Exception exception) when (exception is XmlException or IOException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException || (exception is InvalidDataException && !exception.Message.StartsWith(sourceName, StringComparison.Ordinal)))
        {
            document.Dispose();
            throw new InvalidDataException(Localizer.Format(Language.Current, nameof(Messages.Xlsx_Damaged), sourceName, exception.Message), exception);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    public void Dispose() => _document.Dispose();

    /// <summary>
    /// Reads the text of the <c>si</c> or <c>is</c> element the reader is on (its <c>t</c> runs, without phonetic
    /// guides) and leaves the reader on the node after it.
    /// </summary>
    public static string ReadRichText(XmlReader reader)
    {
        var depth = reader.Depth;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        string? single = null;
        System.Text.StringBuilder? many = null;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "t")
                {
                    var text = reader.ReadElementContentAsString();
                    if (single is null)
                    {
                        single = text;
                    }
                    else
                    {
                        many ??= new System.Text.StringBuilder(single);
                        many.Append(text);
                    }

                    continue;
                }

                if (reader.LocalName is "rPh" or "rPr" or "phoneticPr")
                {
                    reader.Skip();
                    continue;
                }
            }

            reader.Read();
        }

        // On the end tag of the element: step past it.
        reader.Read();
        return many?.ToString() ?? single ?? string.Empty;
    }

    public static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = true,
    });

    private void ReadSheets()
    {
        using var reader = CreateReader(Workbook.GetStream(FileMode.Open, FileAccess.Read));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == MainNamespace)
            {
                var name = reader.GetAttribute("name") ?? string.Empty;
                var id = reader.GetAttribute("id", RelationshipNamespace) ?? string.Empty;
                var state = reader.GetAttribute("state");
                Sheets.Add((name, id, state is "hidden" or "veryHidden"));
            }
        }
    }

    private void ReadSharedStrings()
    {
        if (Workbook.SharedStringTablePart is not { } part)
        {
            return;
        }

        using var reader = CreateReader(part.GetStream(FileMode.Open, FileAccess.Read));
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                SharedStrings.Add(ReadRichText(reader));
                continue;
            }

            reader.Read();
        }
    }

    private void ReadStyles()
    {
        if (Workbook.WorkbookStylesPart is not { } part)
        {
            return;
        }

        var custom = new Dictionary<int, string>();
        using var reader = CreateReader(part.GetStream(FileMode.Open, FileAccess.Read));
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id):
                    custom[id] = reader.GetAttribute("formatCode") ?? string.Empty;
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    _ = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var format);
                    Styles.Add(KindOf(format, custom));
                    break;
            }
        }
    }

    private static CellStyleKind KindOf(int format, Dictionary<int, string> custom)
    {
        if (custom.TryGetValue(format, out var code))
        {
            return KindOf(code);
        }

        return format is 9 or 10 ? CellStyleKind.Percent : s_builtInDates.Contains(format) ? CellStyleKind.Date : CellStyleKind.Plain;
    }

    /// <summary>Tells what a format code shows a number as: a date if it has date or time parts outside quotes and brackets.</summary>
    internal static CellStyleKind KindOf(string code)
    {
        code = code.Replace("General", string.Empty, StringComparison.OrdinalIgnoreCase);
        var quoted = false;
        var bracket = false;
        var percent = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (quoted)
            {
                quoted = c != '"';
                continue;
            }

            if (bracket)
            {
                // [h], [mm] and [ss] are elapsed-time parts; other brackets hold colours, conditions and locales.
                if (c is 'h' or 'H' or 'm' or 'M' or 's' or 'S' && i > 0 && code[i - 1] == '[')
                {
                    return CellStyleKind.Date;
                }

                bracket = c != ']';
                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case '[':
                    bracket = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '%':
                    percent = true;
                    break;
                case 'y' or 'Y' or 'd' or 'D' or 'h' or 'H' or 's' or 'S' or 'm' or 'M':
                    return CellStyleKind.Date;
            }
        }

        return percent ? CellStyleKind.Percent : CellStyleKind.Plain;
    }
}
