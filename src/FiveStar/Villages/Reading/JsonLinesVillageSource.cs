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
        (string Member, int Depth)? tooDeep = null;
        try
        {
            JsonObjectFields.Read(Encoding.UTF8.GetBytes(text), fields, out tooDeep);
        }
        catch (JsonException exception)
        {
            error = Localizer.Format(Language.Current, nameof(Messages.Json_LineNotObject), exception.Message);
        }

        if (error is null && text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            // The decoder replaced bytes that are not UTF-8; the values are read, but the village is not trusted silently.
            error = Localizer.Format(Language.Current, nameof(Messages.Json_LineNotUtf8));
        }

        var row = JsonObjectFields.AddVillage(batch, builder, fields, _line, _columns, _seen);
        if (error is not null)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, error, null, _line, null));
        }

        if (tooDeep is { } deep)
        {
            batch.AddProblem(row, new DataProblem(DataProblemKind.MalformedRow, ProblemSeverity.Error, FiveStar.Resources.Localizer.Format(FiveStar.Text.Language.Current, nameof(FiveStar.Resources.Messages.Data_JsonTooDeep), deep.Member, deep.Depth, JsonObjectFields.MaxValueDepth), deep.Member, _line, null));
        }

        return row;
    }

    public override void Dispose() => _reader.Dispose();
}
