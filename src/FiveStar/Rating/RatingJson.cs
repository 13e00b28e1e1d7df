using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace FiveStar.Rating;

/// <summary>
/// The JSON form of rating results: source-generated metadata (camelCase members, enums as snake_case strings such as
/// <c>passed</c> and <c>not_met</c>), and reading and writing of the <see cref="ResultsDocument"/>. Results serialize
/// without reflection and always to the same bytes; Chinese text is written as is, not escaped.
/// </summary>
public static class RatingJson
{
    /// <summary>Gets the options results are written with: the source-generated metadata and an encoder that leaves Chinese text unescaped.</summary>
    public static JsonSerializerOptions Options => Context.Options;

    /// <summary>Gets the metadata of <see cref="Rating.VillageRating"/>.</summary>
    public static JsonTypeInfo<VillageRating> VillageRating => Context.VillageRating;

    /// <summary>Gets the metadata of <see cref="Rating.RatingSummary"/>.</summary>
    public static JsonTypeInfo<RatingSummary> RatingSummary => Context.RatingSummary;

    /// <summary>Gets the metadata of <see cref="Rating.ResultsDocument"/>.</summary>
    public static JsonTypeInfo<ResultsDocument> ResultsDocument => Context.ResultsDocument;

    /// <summary>Gets the metadata of <see cref="Rating.VillageGap"/>.</summary>
    public static JsonTypeInfo<VillageGap> VillageGap => Context.VillageGap;

    /// <summary>Gets the metadata of <see cref="Rating.ResultsDiff"/>.</summary>
    public static JsonTypeInfo<ResultsDiff> ResultsDiff => Context.ResultsDiff;

    internal static RatingJsonContext Context { get; } = new(new JsonSerializerOptions(RatingJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Writes a results document as JSON (UTF-8, not indented), the same bytes <see cref="ResultsWriter"/> writes.</summary>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <param name="document">The document.</param>
    public static void Write(Stream output, ResultsDocument document)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new ResultsWriter(output, document.Criteria, Text.Language.Parse(document.Language));
        foreach (var village in document.Villages)
        {
            writer.Write(village);
        }

        writer.Complete(document.Summary);
    }

    /// <summary>Reads a results document written by <see cref="Write"/>, <see cref="ResultsWriter"/> or <c>fivestar score --format json</c>.</summary>
    /// <param name="input">The stream to read; it is left open.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ResultsFormatException">The stream is not a results document, or one of another major schema version.</exception>
    public static ResultsDocument Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var reader = ResultsReader.Open(input);
        return reader.ReadDocument();
    }

    /// <summary>Reads a results document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ResultsFormatException">The file is not a results document, or one of another major schema version.</exception>
    public static ResultsDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream);
    }
}
