using System.Text;
using FiveStar.Rating;
using Language = FiveStar.Text.Language;

namespace FiveStar.Tests.Rating;

/// <summary>Streaming reads of results documents: any chunking of the input, newer minor versions, comparison of two streams.</summary>
public class ResultsReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100_000)]
    public void ReadVillages_InputArrivingInSmallChunks_ReadsTheSameDocument(int chunk)
    {
        var bytes = Write(Hanzhuang.Document(Hanzhuang.Batch(Hanzhuang.CsvWith("hz07", "population", "-5")), Language.Chinese));

        using var reader = ResultsReader.Open(new TrickleStream(bytes, chunk));
        Assert.Equal(("1.0", "zh", "hanzhuang-2022"), (reader.SchemaVersion, reader.Language, reader.Criteria.Id));
        Assert.Throws<InvalidOperationException>(() => reader.Summary);
        var document = reader.ReadDocument();

        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(Write(document)));
        Assert.Equal(32, reader.Summary.Rated);
    }

    [Fact]
    public void Open_NewerMinorVersionWithMembersItDoesNotKnow_SkipsThem()
    {
        var json = Encoding.UTF8.GetString(Write(Hanzhuang.Document(Hanzhuang.Batch(), Language.English)))
            .Replace("\"schemaVersion\":\"1.0\"", "\"schemaVersion\":\"1.3\",\"generator\":{\"name\":\"later\",\"parts\":[1,2,{\"x\":null}]}", StringComparison.Ordinal)
            .Replace("\"rated\":true,", "\"rated\":true,\"district\":\"汤阴\",", StringComparison.Ordinal);

        var document = RatingJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal("1.3", document.SchemaVersion);
        Assert.Equal(33, document.Villages.Count);
        Assert.Equal(33, document.Summary.Villages);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"language":"zh","villages":[{"id":"v"}]""", "not a FiveStar results document")]
    [InlineData("""{"schemaVersion":"1.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"language":"zh","villages":[]}""", "the summary is missing")]
    [InlineData("""{"schemaVersion":"1.0","criteria":{"id":"x","version":null,"name":{"zh":"","en":""},"period":"2022"},"language":"zh","villages":[""", "not a FiveStar results document")]
    public void ReadDocument_BrokenVillagesOrSummary_ThrowsResultsFormatException(string json, string expected)
    {
        var exception = Assert.Throws<ResultsFormatException>(() => RatingJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoStreams_EqualsTheComparisonOfTheDocuments()
    {
        var earlier = Hanzhuang.Document(Hanzhuang.Batch(), Language.English);
        var later = Hanzhuang.Document(Hanzhuang.Batch(Hanzhuang.CsvWith("hz01", "sanitary_toilet_coverage_pct", "95")), Language.English);

        var expected = ResultsComparer.Compare(earlier, later);
        using var first = ResultsReader.Open(new TrickleStream(Write(earlier), 4096));
        using var second = ResultsReader.Open(new TrickleStream(Write(later), 4096));
        var streamed = ResultsComparer.Compare(first, second);

        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(expected, RatingJson.ResultsDiff),
            System.Text.Json.JsonSerializer.Serialize(streamed, RatingJson.ResultsDiff));
        Assert.Equal(["ecological_livable"], Assert.Single(streamed.Villages).Gained);
    }

    private static byte[] Write(ResultsDocument document)
    {
        var stream = new MemoryStream();
        RatingJson.Write(stream, document);
        return stream.ToArray();
    }

    /// <summary>A stream that hands out at most a few bytes a read, as a slow network or pipe does.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));
    }
}
