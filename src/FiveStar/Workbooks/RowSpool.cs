using System.Text;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace FiveStar.Workbooks;

/// <summary>
/// Rows of one sheet kept in a temporary file until their sheet's turn comes (a workbook is written one sheet after
/// another, but villages arrive once for all sheets), so memory stays flat however many villages there are.
/// </summary>
internal sealed class RowSpool : IDisposable
{
    private readonly FileStream _file;
    private readonly BinaryWriter _output;
    private readonly MemoryStream _row = new();
    private readonly BinaryWriter _writer;
    private int _cellsInRow = -1;

    public RowSpool()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fivestar-{Guid.NewGuid():N}.spool");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _output = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
        _writer = new BinaryWriter(_row, Encoding.UTF8, leaveOpen: true);
    }

    public long Rows { get; private set; }

    public void BeginRow()
    {
        EndRow();
        _cellsInRow = 0;
    }

    public void Add(string? text, SpooledCellKind kind = SpooledCellKind.Text)
    {
        if (string.IsNullOrEmpty(text))
        {
            _writer.Write((byte)SpooledCellKind.Empty);
        }
        else
        {
            _writer.Write((byte)kind);
            _writer.Write(text);
        }

        _cellsInRow++;
    }

    public void Add(double number)
    {
        _writer.Write((byte)SpooledCellKind.Number);
        _writer.Write(number);
        _cellsInRow++;
    }

    /// <summary>Replays the rows, each as cells styled by <paramref name="style"/>; the array is reused from row to row.</summary>
    public IEnumerable<ArraySegment<Cell>> Replay(Func<SpooledCellKind, StyleId?> style)
    {
        EndRow();
        _output.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        var cells = new Cell[16];
        for (var row = 0L; row < Rows; row++)
        {
            var count = reader.ReadInt32();
            if (cells.Length < count)
            {
                cells = new Cell[count];
            }

            for (var i = 0; i < count; i++)
            {
                var kind = (SpooledCellKind)reader.ReadByte();
                cells[i] = kind switch
                {
                    SpooledCellKind.Empty => default,
                    SpooledCellKind.Number => new Cell(reader.ReadDouble()),
                    _ => new Cell(reader.ReadString(), style(kind)),
                };
            }

            yield return new ArraySegment<Cell>(cells, 0, count);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _output.Dispose();
        _file.Dispose();
    }

    private void EndRow()
    {
        if (_cellsInRow < 0)
        {
            return;
        }

        _writer.Flush();
        _output.Write(_cellsInRow);
        _output.Write(_row.GetBuffer(), 0, (int)_row.Length);
        _row.SetLength(0);
        _cellsInRow = -1;
        Rows++;
    }
}
