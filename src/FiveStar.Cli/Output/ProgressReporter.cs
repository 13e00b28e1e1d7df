using System.Diagnostics;
using FiveStar.Cli.Resources;

namespace FiveStar.Cli.Output;

/// <summary>A progress line on stderr with the rate and the time left, only when stderr is a terminal.</summary>
internal sealed class ProgressReporter(CliContext context)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.Zero;

    public void Report(long villagesRead, double? progress)
    {
        if (!context.ShowProgress || _clock.Elapsed - _last < TimeSpan.FromMilliseconds(250))
        {
            return;
        }

        _last = _clock.Elapsed;
        var rate = villagesRead / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var left = progress is > 0 and var done ? TimeSpan.FromSeconds(_clock.Elapsed.TotalSeconds * (1 - done) / done) : (TimeSpan?)null;
        var bar = progress is { } p ? "[" + new string('#', (int)(p * 30)) + new string('.', 30 - (int)(p * 30)) + "] " : string.Empty;
        var language = CliText.Language;
        var text = Localizer.Format(language, nameof(Messages.Progress_Villages), villagesRead, rate)
            + (left is { } l ? Localizer.Format(language, nameof(Messages.Progress_Left), l.ToString(@"mm\:ss", System.Globalization.CultureInfo.InvariantCulture)) : string.Empty);
        context.Progress.Write($"\r{bar}{text}   ");
    }

    public void Done()
    {
        if (context.ShowProgress && _last > TimeSpan.Zero)
        {
            context.Progress.WriteLine();
        }
    }
}
