using System.Text;

namespace FiveStar.Cli.Output;

/// <summary>
/// The tool's message stream: whatever is written, control characters other than line feeds come out escaped
/// (<see cref="TerminalText"/>), so a village name or a value quoted in a message cannot move the cursor, clear the
/// screen, set the window title or hide text. Line feeds in data are escaped where the data is put into a message.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // Matches TextWriter.NewLine's own annotation.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value)
    {
        if (TerminalText.IsUnsafe(value, keepNewlines: true) && !(value == '\r' && inner.NewLine == "\r\n"))
        {
            inner.Write(TerminalText.Escape(value.ToString()));
            return;
        }

        inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is not null)
        {
            inner.Write(TerminalText.Escape(value, keepNewlines: true));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void WriteLine() => inner.WriteLine();

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        // The inner writer belongs to the caller.
        base.Dispose(disposing);
    }
}
