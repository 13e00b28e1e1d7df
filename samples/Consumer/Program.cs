using FiveStar;
using FiveStar.Rating;
using FiveStar.Villages.Reading;

// Your own objects, rated with the checks the fivestar tool makes: each property is the indicator its name gives in snake_case.
var rater = StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(Path.Combine(AppContext.BaseDirectory, "township.json"));
List<Village> villages = [new("hz01", "韩庄村", 3420, 380_000m, true), new("dc", "东村", 1850, 90_000m, true), new("new", "新村", -5, 0m, false)];
foreach (var rating in rater.RateAll(villages).Villages)
{
    Console.WriteLine($"{rating.Name}: {rating.Stars} star(s) {string.Join("; ", rating.Problems.Select(p => p.Message))}");
}

// The batch API, for files of millions of villages. Usage: Consumer <criteria.json> <villages.csv>
var township = StarRaterFactory.Create(b => b.AddStandardCategories()).FromFile(args[0]);
var batch = township.CreateBatch();
using (var reader = VillageReader.Open(args[1], township.Schema))
{
    reader.ReadBatch(batch, int.MaxValue);
}

var results = township.CreateBuffer(batch.Count);
township.Rate(batch, results);
var summary = new RatingSummaryBuilder(township);
summary.Add(batch, results);
var totals = summary.Build();
Console.WriteLine($"{totals.Villages} villages; stars per category: {string.Join(", ", totals.ByCategory.Select(c => $"{c.Key} {c.Value}"))}");

internal sealed record Village(string Id, string Name, int Population, decimal CollectiveIncomeYuan, bool BranchLedCoopExists);
