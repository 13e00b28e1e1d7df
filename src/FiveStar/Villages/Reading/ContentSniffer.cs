using System.IO.Compression;

namespace FiveStar.Villages.Reading;

/// <summary>
/// Tells from its first bytes what a villages file is, so that a file whose content is not what its name or the
/// chosen format says (a workbook named .csv, a PDF, a zip, UTF-16 text) is refused before any village is read, with
/// a message that says what it appears to be.
/// </summary>
internal static class ContentSniffer
{
    private const int HeadLength = 4096;

    /// <summary>Checks a seekable stream's content against the format and puts the stream back where it was.</summary>
    /// <exception cref="InvalidDataException">The content is not of that format.</exception>
    public static void Check(Stream stream, VillageFileFormat format, string sourceName)
    {
        if (!stream.CanSeek)
        {
            return;
        }

        var start = stream.Position;
        var head = new byte[HeadLength];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        string? found;
        try
        {
            found = Describe(head.AsSpan(0, length), stream, start);
        }
        finally
        {
            stream.Position = start;
        }

        var expected = format switch
        {
            VillageFileFormat.Csv => "CSV text (UTF-8)",
            VillageFileFormat.Json => "JSON text (UTF-8)",
            VillageFileFormat.JsonLines => "JSON Lines text (UTF-8)",
            _ => "an Excel workbook (.xlsx)",
        };

        if (format == VillageFileFormat.Xlsx)
        {
            if (found == Workbook)
            {
                return;
            }

            var what = found ?? (length == 0 ? "empty" : "text, not a workbook (a CSV file? name it .csv or pass --input-format csv)");
            throw new InvalidDataException($"{sourceName}: the file appears to be {what}; expected {expected}");
        }

        if (found is null)
        {
            return;
        }

        var advice = found == Workbook
            ? "; name it .xlsx or pass --input-format xlsx to read it as a workbook"
            : found == OldWorkbook ? "; open it in Excel or WPS and save it as an .xlsx workbook or as CSV UTF-8"
            : found.StartsWith("UTF-16", StringComparison.Ordinal) ? "; save it as UTF-8 (in Excel: CSV UTF-8 (逗号分隔))"
            : string.Empty;
        throw new InvalidDataException($"{sourceName}: the file appears to be {found}, not {expected}{advice}");
    }

    private const string Workbook = "an Excel workbook (.xlsx)";
    private const string OldWorkbook = "an Excel 97-2003 workbook (.xls) or another old Office document";

    /// <summary>Names binary or non-UTF-8 content, or returns null for what may be UTF-8 text.</summary>
    private static string? Describe(ReadOnlySpan<byte> head, Stream stream, long start)
    {
        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return DescribeZip(stream, start);
        }

        if (Starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))
        {
            return OldWorkbook;
        }

        if (head.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }

        if (Starts(head, 0x1F, 0x8B))
        {
            return "a gzip-compressed file";
        }

        if (head.StartsWith("7z\xBC\xAF\x27\x1C"u8) || head.StartsWith("Rar!"u8))
        {
            return "a compressed archive (7z or RAR)";
        }

        if (Starts(head, 0x89, 0x50, 0x4E, 0x47) || Starts(head, 0xFF, 0xD8, 0xFF))
        {
            return "an image";
        }

        if (Starts(head, 0xFF, 0xFE, 0, 0) || Starts(head, 0, 0, 0xFE, 0xFF))
        {
            return "UTF-32 text";
        }

        if (Starts(head, 0xFF, 0xFE) || Starts(head, 0xFE, 0xFF))
        {
            return "UTF-16 text";
        }

        var zeros = head.Count((byte)0);
        if (zeros > 0)
        {
            // UTF-16 without a byte order mark: ASCII characters with a zero byte beside each.
            var even = 0;
            var odd = 0;
            for (var i = 0; i < head.Length; i++)
            {
                if (head[i] == 0)
                {
                    if ((i & 1) == 0)
                    {
                        even++;
                    }
                    else
                    {
                        odd++;
                    }
                }
            }

            return Math.Max(even, odd) > head.Length / 4 && Math.Min(even, odd) < Math.Max(even, odd) / 8 ? "UTF-16 text" : "binary data, not text";
        }

        return null;
    }

    private static bool Starts(ReadOnlySpan<byte> head, params ReadOnlySpan<byte> prefix) => head.StartsWith(prefix);

    private static string DescribeZip(Stream stream, long start)
    {
        try
        {
            stream.Position = start;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
            {
                return Workbook;
            }

            if (names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
            {
                return "a Word document (.docx)";
            }

            if (names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)))
            {
                return "a PowerPoint presentation (.pptx)";
            }

            if (names.Contains("mimetype") && names.Contains("content.xml"))
            {
                return "an OpenDocument file (.ods or .odt); save it as .xlsx or CSV";
            }

            return "a zip archive";
        }
        catch (InvalidDataException)
        {
            return "a damaged zip archive";
        }
    }
}
