namespace FiveStar.Villages.Reading;

/// <summary>
/// Reads the first <paramref name="length"/> characters of an array, so Sep can parse a block of a CSV file without a
/// string of it. A read never ends on a carriage return with more text to come: Sep 0.17 takes a lone <c>\r</c> at the
/// end of one read and a <c>\r</c> at the start of the next as one line break (a blank line lost, the lines after it
/// numbered one too low).
/// </summary>
internal sealed class CharBlockReader(char[] text, int length) : TextReader
{
    private int _at;

    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, length - _at);
        if (count > 1 && _at + count < length && text[_at + count - 1] == '\r')
        {
            count--;
        }

        text.AsSpan(_at, count).CopyTo(buffer);
        _at += count;
        return count;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read() => _at < length ? text[_at++] : -1;

    public override int Peek() => _at < length ? text[_at] : -1;
}
