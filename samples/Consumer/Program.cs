using FiveStar;
using FiveStar.Rating;
using FiveStar.Villages.Reading;

// Usage: Consumer <criteria.json> <villages.csv>
var rater = StarRaterFactory.Create().FromFile(args[0]);
var batch = rater.CreateBatch();
using (var reader = VillageReader.Open(args[1], rater.Schema))
{
    reader.ReadBatch(batch, int.MaxValue);
}

var results = rater.CreateBuffer(batch.Count);
rater.Rate(batch, results);
for (var row = 0; row < batch.Count; row++)
{
    Console.WriteLine($"{batch.GetName(row)}: {results.GetStars(row)} stars");
}

var summary = new RatingSummaryBuilder(rater);
summary.Add(batch, results);
var totals = summary.Build();
Console.WriteLine($"{totals.Villages} villages; stars per category: {string.Join(", ", totals.ByCategory.Select(c => $"{c.Key} {c.Value}"))}");
