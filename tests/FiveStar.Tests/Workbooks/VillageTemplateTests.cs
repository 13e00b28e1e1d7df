using System.IO.Compression;
using FiveStar.Rating;
using FiveStar.Tests.Support;
using FiveStar.Text;
using FiveStar.Villages;
using FiveStar.Villages.Reading;
using FiveStar.Workbooks;

namespace FiveStar.Tests.Workbooks;

public class VillageTemplateTests
{
    private static readonly Lazy<StarRater> Hanzhuang = new(() => StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(RepositoryPaths.Of("samples/Hanzhuang/hanzhuang-2022.json")));

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task WriteAsync_FilledWithVillages_ReadsBackExactlyTheVillagesEntered(string code)
    {
        var rater = Hanzhuang.Value;
        var entered = Read(File.OpenRead(RepositoryPaths.Of("samples/Hanzhuang/villages.csv")), VillageFileFormat.Csv, out _);
        using var workbook = new MemoryStream();

        await VillageTemplate.WriteAsync(rater, workbook, Language.Parse(code), entered, CancellationToken.None);
        workbook.Position = 0;
        var read = Read(workbook, VillageFileFormat.Xlsx, out var warnings);

        Assert.Empty(warnings);
        Assert.Equal(33, read.Count);
        for (var row = 0; row < read.Count; row++)
        {
            Assert.Empty(read.GetProblems(row));
            Assert.Equal(entered.GetId(row), read.GetId(row));
            Assert.Equal(entered.GetName(row), read.GetName(row));
            for (var slot = 0; slot < rater.Schema.Count; slot++)
            {
                Assert.Equal(entered.Get(row, slot), read.Get(row, slot));
            }
        }
    }

    [Fact]
    public async Task WriteAsync_Empty_HasEveryIndicatorsHeaderValidationAndNotes()
    {
        var rater = Hanzhuang.Value;
        using var workbook = new MemoryStream();

        await VillageTemplate.WriteAsync(rater, workbook, Language.Chinese);
        workbook.Position = 0;
        using var reader = VillageReader.FromStream(new MemoryStream(workbook.ToArray()), rater.Schema, VillageFileFormat.Xlsx, "template.xlsx");
        var batch = rater.CreateBatch(4);

        Assert.Equal(0, reader.ReadBatch(batch, 4));
        Assert.Equal("村级数据", reader.Sheet);
        Assert.Equal(rater.Schema.Indicators.Select(i => i.Id), reader.ColumnIndicators.Skip(2));
        Assert.Contains("村集体经济年收入（元/年）", reader.Columns);
        var zip = new ZipArchive(workbook);
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.Contains("type=\"list\"", sheet, StringComparison.Ordinal);
        Assert.Contains("&quot;是,否&quot;", sheet, StringComparison.Ordinal);
        Assert.Contains("&quot;优秀,称职,基本称职,不称职&quot;", sheet, StringComparison.Ordinal);
        Assert.Contains("type=\"whole\"", sheet, StringComparison.Ordinal);
        Assert.Contains("type=\"decimal\"", sheet, StringComparison.Ordinal);
        var notes = new StreamReader(zip.GetEntry("xl/worksheets/sheet2.xml")!.Open()).ReadToEnd();
        Assert.Contains("collective_income_yuan", notes, StringComparison.Ordinal);
    }

    private static VillageBatch Read(Stream stream, VillageFileFormat format, out IReadOnlyList<FiveStar.Rating.DataProblem> warnings)
    {
        using var reader = VillageReader.FromStream(stream, Hanzhuang.Value.Schema, format, "villages");
        var batch = Hanzhuang.Value.CreateBatch(64);
        while (reader.ReadBatch(batch, 64) > 0)
        {
        }

        warnings = reader.Warnings.Where(w => w.Kind != FiveStar.Rating.DataProblemKind.UnknownColumn).ToArray();
        return batch;
    }
}
