using System.Text.Json;
using System.Text;
using FiveStar.Rating;
using FiveStar.Resources;
using FiveStar.Text;

namespace FiveStar.Villages.Reading;

/// <summary>Reads villages from JSON Lines: one object per line, each parsed on its own so a broken line costs only that village.</summary>
internal sealed class JsonLinesVillageSource(Stream stream) : VillageSource
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    private readonly List<string> _columns = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private long _line;

    public override IReadOnlyList<string> Columns => _columns;

    public override int ReadNext(VillageBatch batch, VillageRowBuilder builder)
    {
        string? text;
        do
        {
            text = _reader.ReadLine();
            _line++;
        }
        while (text is not null && string.IsNullOrWhiteSpace(text));

        if (text is null)
        {
            return -1;
        }

        var fields = new List<JsonField>();
        string? error = null;
        int? column = null;
        (string Member, int Depth)? tooDeep = null;
        var utf8 = Encoding.UTF8.GetBytes(text);
        try
        {
            JsonObjectFields.Read(utf8, fields, out tooDeep);
        }
        catch (JsonException exception)
        {
            var reason = exception.Message;
            if (exception.LineNumber is not null)
            {
                // The reader's own (English) message: worded again from the line's bytes, at its column.
                var syntax = JsonObjectFields.SyntaxError(utf8, _line, 1);
                reason = syntax?.Reason ?? Localizer.Format(Language.Current, nameof(Messages.Json_Syntax_Invalid));
                column = syntax?.Column;
            }

            error = Localizer.Format(Language.Current, nameof(Messages.Json_LineNotObject), reason);
        }

        if (error is null && text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            // The decoder replaced bytes that are not UTF-8; the values are read, but the village is not trusted silently.
            error = Localizer.Format(Language.Current, nameof(Messages.Json_LineNotUtf8));
        }

        var row = JsonObjectFields.AddVillage(batch, builder, fields, _line, _columns, _seen);
        if (error is not null)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, error, null, _line, column));
        }

        if (tooDeep is { } deep)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, FiveStar.Resources.Localizer.Format(FiveStar.Text.Language.Current, nameof(FiveStar.Resources.Messages.Data_JsonTooDeep), deep.Member, deep.Depth, JsonObjectFields.MaxValueDepth), deep.Member, _line, null));
        }

        return row;
    }

    public override void Dispose() => _reader.Dispose();
}
