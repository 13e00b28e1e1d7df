using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace FiveStar.Benchmarks;

/// <summary>Draws time per village against the number of villages (log scale) as a small standalone SVG.</summary>
public static class ScalingChart
{
    private const int Width = 640;
    private const int Height = 360;
    private const int Left = 70;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 50;

    /// <summary>Reads (N, ns/village) from a BenchmarkDotNet CSV report that has the <see cref="PerVillageColumn"/>.</summary>
    /// <param name="path">The report.</param>
    /// <returns>The points, by N.</returns>
    public static IReadOnlyList<(long N, double NsPerVillage)> Read(string path)
    {
        using var reader = Sep.Reader().FromFile(path);
        var points = new List<(long, double)>();
        foreach (var row in reader)
        {
            var n = long.Parse(row["N"].Span.ToString().Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var ns = double.Parse(row["ns/village"].Span, CultureInfo.InvariantCulture);
            points.Add((n, ns));
        }

        return [.. points.OrderBy(p => p.Item1)];
    }

    /// <summary>Renders the chart.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The SVG text.</returns>
    public static string Svg(IReadOnlyList<(long N, double NsPerVillage)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("No points.", nameof(points));
        }

        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        var minLog = Math.Floor(Math.Log10(points.Min(p => p.N)));
        var maxLog = Math.Ceiling(Math.Log10(points.Max(p => p.N)));
        if (maxLog <= minLog)
        {
            maxLog = minLog + 1;
        }

        var yMax = NiceCeiling(points.Max(p => p.NsPerVillage) * 1.25);
        double X(long n) => Left + (plotW * (Math.Log10(n) - minLog) / (maxLog - minLog));
        double Y(double ns) => Top + plotH - (plotH * ns / yMax);
        static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">FiveStar Rate: time per village vs batch size (1 thread)</text>\n");
        for (var i = 0; i <= 4; i++)
        {
            var ns = yMax * i / 4;
            var y = Y(ns);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{Width - Right}\" y2=\"{F(y)}\" stroke=\"#ddd\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{ns.ToString("0.#", CultureInfo.InvariantCulture)}</text>\n");
        }

        for (var e = minLog; e <= maxLog; e++)
        {
            var n = (long)Math.Pow(10, e);
            var x = X(n);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(x)}\" y1=\"{Top}\" x2=\"{F(x)}\" y2=\"{Top + plotH}\" stroke=\"#eee\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x)}\" y=\"{Top + plotH + 18}\" text-anchor=\"middle\">{Label(n)}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (plotW / 2)}\" y=\"{Height - 10}\" text-anchor=\"middle\">villages per batch (log scale)</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{Top + (plotH / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 16 {Top + (plotH / 2)})\">ns per village</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{plotW}\" height=\"{plotH}\" fill=\"none\" stroke=\"#888\"/>\n");
        svg.Append("<polyline fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" points=\"");
        svg.AppendJoin(' ', points.Select(p => $"{F(X(p.N))},{F(Y(p.NsPerVillage))}"));
        svg.Append("\"/>\n");
        foreach (var (n, ns) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(n))}\" cy=\"{F(Y(ns))}\" r=\"4\" fill=\"#c0392b\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(n))}\" y=\"{F(Y(ns) - 9)}\" text-anchor=\"middle\">{ns.ToString("0.0", CultureInfo.InvariantCulture)}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Label(long n) => n switch
    {
        >= 1_000_000 => $"{n / 1_000_000}M",
        >= 1_000 => $"{n / 1_000}k",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static double NiceCeiling(double value)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 2.5, 5.0, 10.0 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }
}
