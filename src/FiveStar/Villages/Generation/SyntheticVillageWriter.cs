using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FiveStar.Indicators;
using FiveStar.Villages.Reading;

namespace FiveStar.Villages.Generation;

/// <summary>
/// Writes generated villages as a file the readers take back: <c>id</c>, <c>name</c>, then one field per reported
/// indicator named by its id; true/false as <c>true</c>/<c>false</c>, enumerations by value id, a missing value empty
/// (CSV) or null (JSON Lines). Numbers are written invariantly and in full.
/// </summary>
internal abstract class SyntheticVillageWriter : IDisposable
{
    private const int FlushAt = 1 << 16;

    protected SyntheticVillageWriter(Stream destination, IndicatorSchema schema)
    {
        Destination = destination;
        Schema = schema;
        Types = schema.Indicators.Select(i => i.Type).ToArray();
    }

    protected Stream Destination { get; }

    protected IndicatorSchema Schema { get; }

    protected IndicatorType[] Types { get; }

    protected ArrayBufferWriter<byte> Buffer { get; } = new(FlushAt * 2);

    public static SyntheticVillageWriter Create(VillageFileFormat format, Stream destination, IndicatorSchema schema) => format switch
    {
        VillageFileFormat.Csv => new Csv(destination, schema),
        VillageFileFormat.JsonLines => new JsonLines(destination, schema),
        _ => throw new ArgumentException("Generated villages are written as CSV or JSON Lines.", nameof(format)),
    };

    public abstract void Write(string id, string name, double[] values);

    public virtual void Dispose()
    {
    }

    public void Flush()
    {
        Destination.Write(Buffer.WrittenSpan);
        Buffer.ResetWrittenCount();
        Destination.Flush();
    }

    protected void FlushIfFull()
    {
        if (Buffer.WrittenCount >= FlushAt)
        {
            Destination.Write(Buffer.WrittenSpan);
            Buffer.ResetWrittenCount();
        }
    }

    /// <summary>The text of a code of an enumeration or text slot.</summary>
    protected string TextOf(int slot, double code) =>
        Types[slot] == IndicatorType.Enumeration
            ? Schema.Indicators[slot].Values[(int)code].Id
            : Schema.TextOf(slot, (int)code) ?? VillageNameParts.Instance.OtherText;

    private sealed class Csv : SyntheticVillageWriter
    {
        private readonly StringBuilder _line = new(512);

        public Csv(Stream destination, IndicatorSchema schema)
            : base(destination, schema)
        {
            _line.Append("id,name");
            foreach (var indicator in schema.Indicators)
            {
                _line.Append(',');
                Field(indicator.Id);
            }

            EndLine();
        }

        public override void Write(string id, string name, double[] values)
        {
            Field(id);
            _line.Append(',');
            Field(name);
            for (var s = 0; s < values.Length; s++)
            {
                _line.Append(',');
                var value = values[s];
                if (double.IsNaN(value))
                {
                    continue;
                }

                switch (Types[s])
                {
                    case IndicatorType.Boolean:
                        _line.Append(value != 0 ? "true" : "false");
                        break;
                    case IndicatorType.Enumeration or IndicatorType.Text:
                        Field(TextOf(s, value));
                        break;
                    default:
                        _line.Append(value.ToString(CultureInfo.InvariantCulture));
                        break;
                }
            }

            EndLine();
        }

        private void Field(string text)
        {
            if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                _line.Append(text);
                return;
            }

            _line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        private void EndLine()
        {
            _line.Append('\n');
            foreach (var chunk in _line.GetChunks())
            {
                var bytes = Buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
                Buffer.Advance(Encoding.UTF8.GetBytes(chunk.Span, bytes));
            }

            _line.Clear();
            FlushIfFull();
        }
    }

    private sealed class JsonLines : SyntheticVillageWriter
    {
        private readonly Utf8JsonWriter _json;
        private readonly JsonEncodedText[] _names;

        public JsonLines(Stream destination, IndicatorSchema schema)
            : base(destination, schema)
        {
            // Chinese names as they are, not as \u escapes.
            _json = new Utf8JsonWriter(Buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
            _names = schema.Indicators.Select(i => JsonEncodedText.Encode(i.Id)).ToArray();
        }

        public override void Dispose()
        {
            _json.Dispose();
            base.Dispose();
        }

        public override void Write(string id, string name, double[] values)
        {
            _json.Reset(Buffer);
            _json.WriteStartObject();
            _json.WriteString("id"u8, id);
            _json.WriteString("name"u8, name);
            for (var s = 0; s < values.Length; s++)
            {
                var value = values[s];
                if (double.IsNaN(value))
                {
                    _json.WriteNull(_names[s]);
                    continue;
                }

                switch (Types[s])
                {
                    case IndicatorType.Boolean:
                        _json.WriteBoolean(_names[s], value != 0);
                        break;
                    case IndicatorType.Enumeration or IndicatorType.Text:
                        _json.WriteString(_names[s], TextOf(s, value));
                        break;
                    default:
                        _json.WriteNumber(_names[s], value);
                        break;
                }
            }

            _json.WriteEndObject();
            _json.Flush();
            "\n"u8.CopyTo(Buffer.GetSpan(1));
            Buffer.Advance(1);
            FlushIfFull();
        }
    }
}
