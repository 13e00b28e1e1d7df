using SpreadCheetah;
using SpreadCheetah.Styling;

namespace FiveStar.Workbooks;

/// <summary>The cell styles of the results workbook, registered once per workbook.</summary>
internal sealed class ResultsWorkbookStyles
{
    public ResultsWorkbookStyles(Spreadsheet workbook)
    {
        Bold = workbook.AddStyle(new Style { Font = new Font { Bold = true } });
        Title = workbook.AddStyle(new Style { Font = new Font { Bold = true, Size = 14 } });
        Header = workbook.AddStyle(new Style { Font = new Font { Bold = true }, Fill = new Fill { Color = System.Drawing.Color.FromArgb(0xF3, 0xF3, 0xF3) }, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Center } });
        Wrap = workbook.AddStyle(new Style { Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Top } });
        Problem = workbook.AddStyle(new Style { Font = new Font { Color = System.Drawing.Color.FromArgb(0xB0, 0, 0) }, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignment.Top } });
        Star = workbook.AddStyle(new Style { Font = new Font { Color = System.Drawing.Color.FromArgb(0xD4, 0xA0, 0x17) }, Alignment = new Alignment { Horizontal = HorizontalAlignment.Center } });
        Percent = workbook.AddStyle(new Style { Format = NumberFormat.Custom("0.0%") });
    }

    public StyleId Bold { get; }

    public StyleId Title { get; }

    public StyleId Header { get; }

    public StyleId Wrap { get; }

    public StyleId Problem { get; }

    public StyleId Star { get; }

    public StyleId Percent { get; }

    public StyleId? For(SpooledCellKind kind) => kind switch
    {
        SpooledCellKind.WrappedText => Wrap,
        SpooledCellKind.ProblemText => Problem,
        SpooledCellKind.Star => Star,
        _ => null,
    };
}
