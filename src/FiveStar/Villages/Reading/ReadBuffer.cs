namespace FiveStar.Villages.Reading;

/// <summary>
/// Makes room at the end of a buffer a stream is read into, the same way for every streamed JSON reader (village arrays,
/// results files): the bytes not consumed yet move to the front, and a buffer they fill doubles, so a value larger than
/// the buffer still fits once read whole.
/// </summary>
internal static class ReadBuffer
{
    /// <summary>Moves the unconsumed bytes to the front and grows the buffer when they fill it.</summary>
    /// <param name="buffer">The buffer; replaced by one twice as large when the unconsumed bytes fill it.</param>
    /// <param name="start">Where the unconsumed bytes start; 0 afterwards.</param>
    /// <param name="end">Where they end; moved down with them.</param>
    public static void MakeRoom(ref byte[] buffer, ref int start, ref int end)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }
    }
}
