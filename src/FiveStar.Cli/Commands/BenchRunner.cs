using System.Diagnostics;
using System.Dynamic;
using System.Text.Json;
using System.Text.Json.Serialization;
using FiveStar.Cli.Resources;
using FiveStar.Indicators;
using FiveStar.Rating;
using FiveStar.Villages;
using FiveStar.Villages.Generation;
using FiveStar.Villages.Reading;
using RulesEngine.Models;

namespace FiveStar.Cli.Commands;

/// <summary>
/// Runs <c>fivestar bench</c>: loads the criteria (timed), gets the villages in memory (read or generated), times
/// <see cref="StarRater.Rate"/> and <see cref="StarRater.RateParallel"/> over them (the median of several passes, after
/// a warm-up pass), then <c>fivestar score</c> end to end on a CSV of them, and with a RulesEngine file RulesEngine
/// 6.0.1 (tuned: no formatted messages, no actions) on a slice of the same villages.
/// </summary>
internal sealed class BenchRunner(BenchSettings settings, Text.Language language, TextWriter messages, CancellationToken cancellationToken)
{
    /// <summary>How long the passes of one measurement last at least, and at least how many there are.</summary>
    private static readonly TimeSpan MeasureFor = TimeSpan.FromSeconds(1);
    internal const int MinPasses = 3;

    /// <summary>The most villages RulesEngine is timed on: it is some hundred times slower.</summary>
    private const int RulesEngineVillages = 2_000;

    public BenchReport Run()
    {
        var columnsFrom = settings.VillagesPath ?? settings.LikePath;
        var started = Stopwatch.StartNew();
        var needsColumns = Localizer.Format(language, nameof(Messages.Bench_NeedsColumns), settings.CriteriaPath);
        var rater = GenerateCommand.LoadRater(settings.CriteriaPath, columnsFrom, settings.Plugins, language, settings.InputFormat, needsColumns, cancellationToken);
        var load = started.Elapsed;

        var temporary = new List<string>();
        try
        {
            var batch = Villages(rater, temporary, out var endToEndFile);
            var results = rater.CreateBuffer(batch.Count);
            var (one, _) = Time(() => rater.Rate(batch, results));
            var (all, _) = Time(() => rater.RateParallel(batch, results, cancellationToken: cancellationToken));
            var endToEnd = EndToEnd(endToEndFile, temporary);
            (double, int)? engine = null;
            if (settings.AgainstRulesEngine)
            {
                if (rater.Document.FieldsFromData)
                {
                    engine = RulesEngineTime(rater, batch);
                }
                else
                {
                    messages.WriteLine(Localizer.Format(language, nameof(Messages.Bench_NotRulesEngine), settings.CriteriaPath));
                }
            }

            return new BenchReport
            {
                CriteriaId = rater.Document.Id,
                Criteria = rater.CriterionCount,
                Indicators = rater.Schema.Count,
                Villages = batch.Count,
                VillagesFile = settings.VillagesPath,
                Seed = settings.Seed,
                Load = load,
                OneThreadNanoseconds = one.TotalNanoseconds / batch.Count,
                AllCoresNanoseconds = all.TotalNanoseconds / batch.Count,
                Passes = MinPasses,
                EndToEnd = endToEnd,
                RulesEngine = engine,
            };
        }
        finally
        {
            foreach (var file in temporary)
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The villages in memory, and the file <c>score</c> reads end to end (the given one, or a CSV of the generated ones).</summary>
    private VillageBatch Villages(StarRater rater, List<string> temporary, out string endToEndFile)
    {
        if (settings.VillagesPath is { } path)
        {
            using var reader = RaterLoader.OpenVillages(path, rater, settings.InputFormat);
            var read = rater.CreateBatch(1 << 16);
            while (reader.ReadBatch(read, 1 << 16) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            endToEndFile = path;
            return read;
        }

        VillageBatch? sample = null;
        if (settings.LikePath is { } like)
        {
            using var reader = RaterLoader.OpenVillages(like, rater, settings.InputFormat);
            sample = rater.CreateBatch(1024);
            reader.ReadBatch(sample, 100_000);
        }

        var generator = new SyntheticVillageGenerator(rater, new SyntheticVillageOptions { Seed = settings.Seed, Sample = sample });
        var batch = rater.CreateBatch(settings.Count);
        generator.AddTo(batch, 0, settings.Count);
        // Unique per run: two benches in one process (a host, the tests) must not share the file.
        endToEndFile = Path.Combine(Path.GetTempPath(), $"fivestar-bench-{Environment.ProcessId}-{Guid.NewGuid():N}-villages.csv");
        temporary.Add(endToEndFile);
        using (var file = File.Create(endToEndFile))
        {
            generator.Write(file, VillageFileFormat.Csv, settings.Count, cancellationToken);
        }

        return batch;
    }

    /// <summary>The median time of a pass, after a warm-up pass; passes run for at least a second and three passes.</summary>
    private (TimeSpan Median, int Passes) Time(Action pass)
    {
        pass();
        var times = new List<TimeSpan>();
        var total = Stopwatch.StartNew();
        while (times.Count < MinPasses || total.Elapsed < MeasureFor)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var one = Stopwatch.StartNew();
            pass();
            times.Add(one.Elapsed);
        }

        times.Sort();
        return (times[times.Count / 2], times.Count);
    }

    /// <summary><c>fivestar score --format csv --out …</c> in this process: load, read, rate, write, summary.</summary>
    private TimeSpan EndToEnd(string villagesPath, List<string> temporary)
    {
        var resultsPath = Path.Combine(Path.GetTempPath(), $"fivestar-bench-{Environment.ProcessId}-{Guid.NewGuid():N}-results.csv");
        temporary.Add(resultsPath);
        string[] args = ["score", "--criteria", settings.CriteriaPath, "--villages", villagesPath, "--format", "csv", "--out", resultsPath];
        if (settings.Plugins is not null)
        {
            args = [.. args, "--plugins", settings.Plugins];
        }

        if (settings.InputFormat is not null && settings.VillagesPath is not null)
        {
            args = [.. args, "--input-format", settings.InputFormat.Value switch
            {
                VillageFileFormat.Json => "json",
                VillageFileFormat.JsonLines => "jsonl",
                VillageFileFormat.Xlsx => "xlsx",
                _ => "csv",
            }];
        }

        var started = Stopwatch.StartNew();
        var exitCode = CliApp.Run(args, TextWriter.Null, TextWriter.Null, cancellationToken);
        var elapsed = started.Elapsed;
        if (exitCode == ExitCodes.Invalid)
        {
            throw new CliException(Localizer.Format(language, nameof(Messages.Bench_ScoreFailed), exitCode));
        }

        return elapsed;
    }

    /// <summary>RulesEngine's time per village over every workflow, on up to <see cref="RulesEngineVillages"/> complete villages.</summary>
    private (double Microseconds, int Villages) RulesEngineTime(StarRater rater, VillageBatch batch)
    {
        var options = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };
        var json = File.ReadAllText(settings.CriteriaPath);
        var workflows = json.TrimStart().StartsWith('[')
            ? JsonSerializer.Deserialize<Workflow[]>(json, options)!
            : [JsonSerializer.Deserialize<Workflow>(json, options)!];
        var engine = new RulesEngine.RulesEngine(workflows, new ReSettings { EnableFormattedErrorMessage = false, AutoExecuteActions = false });
        var names = workflows.Select(w => w.WorkflowName).ToArray();
        var inputs = new List<RuleParameter>();
        for (var row = 0; row < batch.Count && inputs.Count < RulesEngineVillages; row++)
        {
            if (Input(rater.Schema, batch, row) is { } input)
            {
                inputs.Add(new RuleParameter("input1", input));
            }
        }

        async Task PassAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                foreach (var name in names)
                {
                    _ = await engine.ExecuteAllRulesAsync(name, inputs[i]).ConfigureAwait(false);
                }
            }
        }

        PassAsync(Math.Min(inputs.Count, 50)).GetAwaiter().GetResult();
        var started = Stopwatch.StartNew();
        PassAsync(inputs.Count).GetAwaiter().GetResult();
        return (started.Elapsed.TotalMicroseconds / Math.Max(inputs.Count, 1), inputs.Count);
    }

    /// <summary>A village as RulesEngine's <c>input1</c>, typed as FiveStar types the columns; null when a value is missing.</summary>
    private static ExpandoObject? Input(IndicatorSchema schema, VillageBatch batch, int row)
    {
        var input = new ExpandoObject();
        IDictionary<string, object?> values = input;
        for (var slot = 0; slot < schema.Count; slot++)
        {
            var value = batch.Get(row, slot);
            if (double.IsNaN(value))
            {
                return null;
            }

            var indicator = schema.Indicators[slot];
            values[indicator.Id] = indicator.Type switch
            {
                IndicatorType.Boolean => value != 0,
                IndicatorType.WholeNumber => (int)value,
                IndicatorType.Enumeration => indicator.Values[(int)value].Id,
                IndicatorType.Text => schema.TextOf(slot, (int)value) ?? string.Empty,
                _ => value,
            };
        }

        return input;
    }
}
