using System.IO.Compression;
using FiveStar.Resources;
using FiveStar.Text;

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

        var language = Language.Current;
        string T(string name) => Localizer.Format(language, name);
        var expected = T(format switch
        {
            VillageFileFormat.Csv => nameof(Messages.File_ExpectedCsv),
            VillageFileFormat.Json => nameof(Messages.File_ExpectedJson),
            VillageFileFormat.JsonLines => nameof(Messages.File_ExpectedJsonLines),
            _ => Workbook,
        });

        if (format == VillageFileFormat.Xlsx)
        {
            if (found == Workbook)
            {
                return;
            }

            var what = T(found ?? (length == 0 ? nameof(Messages.File_KindEmpty) : nameof(Messages.File_KindTextNotWorkbook)));
            throw new InvalidDataException(Localizer.Format(language, nameof(Messages.File_NotWorkbook), sourceName, what, expected));
        }

        if (found is null)
        {
            return;
        }

        var advice = found == Workbook ? T(nameof(Messages.File_AdviceWorkbook))
            : found == OldWorkbook ? T(nameof(Messages.File_AdviceOldWorkbook))
            : found == Utf16 ? T(nameof(Messages.File_AdviceUtf16))
            : string.Empty;
        throw new InvalidDataException(Localizer.Format(language, nameof(Messages.File_NotExpected), sourceName, T(found), expected, advice));
    }

    // What a file appears to be, as the names of the messages that say it.
    private const string Workbook = nameof(Messages.File_KindWorkbook);
    private const string OldWorkbook = nameof(Messages.File_KindOldWorkbook);
    private const string Utf16 = nameof(Messages.File_KindUtf16);

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
            return nameof(Messages.File_KindPdf);
        }

        if (Starts(head, 0x1F, 0x8B))
        {
            return nameof(Messages.File_KindGzip);
        }

        if (head.StartsWith("7z\xBC\xAF\x27\x1C"u8) || head.StartsWith("Rar!"u8))
        {
            return nameof(Messages.File_KindArchive);
        }

        if (Starts(head, 0x89, 0x50, 0x4E, 0x47) || Starts(head, 0xFF, 0xD8, 0xFF))
        {
            return nameof(Messages.File_KindImage);
        }

        if (Starts(head, 0xFF, 0xFE, 0, 0) || Starts(head, 0, 0, 0xFE, 0xFF))
        {
            return nameof(Messages.File_KindUtf32);
        }

        if (Starts(head, 0xFF, 0xFE) || Starts(head, 0xFE, 0xFF))
        {
            return Utf16;
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

            return Math.Max(even, odd) > head.Length / 4 && Math.Min(even, odd) < Math.Max(even, odd) / 8 ? Utf16 : nameof(Messages.File_KindBinary);
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
                return nameof(Messages.File_KindWord);
            }

            if (names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)))
            {
                return nameof(Messages.File_KindPowerPoint);
            }

            if (names.Contains("mimetype") && names.Contains("content.xml"))
            {
                return nameof(Messages.File_KindOpenDocument);
            }

            return nameof(Messages.File_KindZip);
        }
        catch (InvalidDataException)
        {
            return nameof(Messages.File_KindDamagedZip);
        }
    }
}
