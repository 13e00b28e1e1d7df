using FiveStar;
using FiveStar.Rating;
using FiveStar.Text;
using Microsoft.AspNetCore.Mvc;
using TownshipApi;

// A township system's API over its own SQLite database, rating with exactly the checks the fivestar tool makes.
var builder = WebApplication.CreateBuilder(args);
var data = Path.Combine(AppContext.BaseDirectory, "Data");
var criteria = builder.Configuration["Township:Criteria"] ?? Path.Combine(data, "hanzhuang-2022.json");
builder.Services.AddFiveStar(b => b.AddStandardCategories().AddCriteriaFile(criteria));
builder.Services.AddSingleton(new TownshipDatabase(builder.Configuration.GetConnectionString("Township") ?? "Data Source=township.db"));

var app = builder.Build();
var hanzhuang = app.Services.GetRequiredKeyedService<StarRater>("hanzhuang-2022");
app.Services.GetRequiredService<TownshipDatabase>().Seed(hanzhuang, builder.Configuration["Township:Seed"] ?? Path.Combine(data, "villages.csv"));

// Rate one village posted as JSON (the township system's own class); a village with a data problem is refused with its problems.
app.MapPost("/villages/rate", ([FromKeyedServices("hanzhuang-2022")] StarRater rater, TownshipVillage village, string? lang) =>
{
    var rating = rater.Rate(village, LanguageOf(lang));
    return rating.Rated
        ? Results.Json(rating, RatingJson.VillageRating)
        : Results.Json(rating, RatingJson.VillageRating, statusCode: StatusCodes.Status422UnprocessableEntity);
});

// Rate every village in the database, reading the rows straight from the query; the results document and its summary.
app.MapGet("/villages/ratings", async ([FromKeyedServices("hanzhuang-2022")] StarRater rater, TownshipDatabase database, string? lang, CancellationToken cancellationToken) =>
{
    await using var connection = database.Open();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT * FROM villages ORDER BY id";
    await using var rows = await command.ExecuteReaderAsync(cancellationToken);
    var results = await rater.RateAllAsync(rows, LanguageOf(lang), cancellationToken);
    return Results.Json(results, RatingJson.ResultsDocument);
});

// One village's gap to its next star: what it lacks, only a star it can earn next.
app.MapGet("/villages/{id}/gap", async ([FromKeyedServices("hanzhuang-2022")] StarRater rater, TownshipDatabase database, string id, string? lang, CancellationToken cancellationToken) =>
{
    await using var connection = database.Open();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT * FROM villages WHERE id = $id";
    command.Parameters.AddWithValue("$id", id);
    await using var rows = await command.ExecuteReaderAsync(cancellationToken);
    var results = await rater.RateAllAsync(rows, LanguageOf(lang), cancellationToken);
    return results.Villages.Count == 0
        ? Results.NotFound()
        : Results.Json(rater.Gap(results.Villages[0], LanguageOf(lang)), RatingJson.VillageGap);
});

app.Run();

static Language LanguageOf(string? code) => Language.TryParse(code, out var language) ? language : Language.Current;

/// <summary>The entry point, visible to the integration tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
