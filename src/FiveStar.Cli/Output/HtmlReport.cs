using System.Globalization;
using System.Net;
using System.Text;
using FiveStar.Cli.Commands;
using FiveStar.Cli.Resources;
using FiveStar.Rating;
using FiveStar.Text;

namespace FiveStar.Cli.Output;

/// <summary>
/// The township report as one self-contained HTML page (no network, no CDN): the summary as published reports give it,
/// inline SVG bar charts, a sortable table of villages, and what each village lacks for its next star.
/// </summary>
internal sealed class HtmlReport(StarRater rater, Language language)
{
    private readonly List<(VillageRating Rating, VillageGap Gap)> _villages = [];
    private readonly CriterionPassRateBuilder _passRates = new(rater);

    public void Add(VillageRating rating)
    {
        _villages.Add((rating, rater.Gap(rating, language)));
        _passRates.Add(rating);
    }

    /// <summary>Renders the report; with the previous period's results, a year-over-year section compares them with these.</summary>
    public string Render(RatingSummary summary, ResultsDocument? previous = null, string? previousName = null)
    {
        var html = new StringBuilder();
        var title = $"{rater.Document.Name.In(language)} — {T(nameof(Messages.Report_Title))}";
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.IsEnglish ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;margin:2em;color:#222}")
            .Append("h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}")
            .Append("th{background:#f3f3f3;cursor:pointer}td.stars{color:#d4a017;letter-spacing:1px}.problem,.unrated{color:#b00}.charts{display:flex;gap:3em;flex-wrap:wrap}")
            .Append("svg text{font-size:12px}td:nth-child(-n+4){white-space:nowrap}ul.gap{margin:0;padding-left:1.2em}td.num,th.num{text-align:right}.gained{color:#1e7b34}.lost{color:#b00}.note{color:#555;font-size:.9em}svg{max-width:100%;height:auto}\n")
            // Print: A4, one section a page, tables wrap instead of running off the page, headers repeat on each page.
            .Append("@page{size:A4;margin:14mm 12mm}\n@media print{body{margin:0;font-size:9.5pt}section{break-before:page}section:first-of-type{break-before:auto}")
            .Append("h2{break-after:avoid}table{width:100%;max-width:100%}th,td{padding:2px 4px;overflow-wrap:anywhere}td:nth-child(-n+4){white-space:normal}thead{display:table-header-group}tr,svg{break-inside:avoid}th{cursor:auto;background:#eee}.charts{gap:1em}}\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(rater.Document.Region ?? string.Empty)).Append(' ').Append(E(rater.Document.Period.ToString())).Append("</p>\n");

        html.Append("<section id=\"summary\">\n<h2>").Append(E(T(nameof(Messages.Report_Summary)))).Append("</h2>\n<p id=\"village-count\" data-count=\"").Append(summary.Villages).Append("\">");
        foreach (var line in SummaryText.Lines(rater, summary, language))
        {
            html.Append(E(line)).Append("<br>");
        }

        html.Append("</p>\n<div class=\"charts\">\n");
        var levels = summary.ByStars.OrderByDescending(s => s.Key).Select(s => (SummaryText.StarWord(s.Key, language), s.Value)).ToList();
        html.Append(BarChart("chart-levels", T(nameof(Messages.Report_ChartLevels)), levels));
        var awards = rater.Categories.Select(c => (c.Name.In(language), summary.ByCategory[c.Id])).ToList();
        html.Append(BarChart("chart-categories", T(nameof(Messages.Report_ChartCategories)), awards));
        html.Append("</div>\n</section>\n");
        AppendPassRates(html);
        if (previous is not null)
        {
            AppendYearOverYear(html, summary, previous, previousName ?? string.Empty);
        }

        html.Append("<section id=\"villages-section\">\n<h2>").Append(E(T(nameof(Messages.Report_Villages)))).Append("</h2>\n<table id=\"villages\">\n<thead><tr>");
        var headers = new List<string> { T(nameof(Messages.Table_Id)), T(nameof(Messages.Table_Village)), T(nameof(Messages.Table_Stars)), T(nameof(Messages.Table_Level)) };
        headers.AddRange(rater.Categories.Select(c => c.Name.In(language)));
        headers.Add(T(nameof(Messages.Report_LacksForNextStar)));
        for (var i = 0; i < headers.Count; i++)
        {
            html.Append("<th onclick=\"sortTable(").Append(i).Append(")\">").Append(E(headers[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (rating, gap) in _villages)
        {
            html.Append("<tr><td>").Append(E(rating.Id)).Append("</td><td>").Append(E(rating.Name)).Append("</td>");
            if (rating.Rated)
            {
                html.Append("<td class=\"stars\" data-sort=\"").Append(rating.Stars).Append("\">").Append(SummaryText.Stars(rating.Stars, rater.Categories.Count))
                    .Append("</td><td>").Append(rating.Level).Append("</td>");
            }
            else
            {
                // Stars computed from broken data would contradict the summary, which leaves these villages out.
                html.Append("<td class=\"unrated\" data-sort=\"-1\">").Append(E(T(nameof(Messages.Report_NotRated)))).Append("</td><td data-sort=\"-1\">—</td>");
            }

            foreach (var category in rating.Categories)
            {
                html.Append("<td>").Append(rating.Rated && category.Awarded ? "★" : string.Empty).Append("</td>");
            }

            html.Append("<td>");
            if (!rating.Rated)
            {
                html.Append("<span class=\"problem\">").Append(E(T(nameof(Messages.Report_DataErrorsNotRated), string.Join("; ", rating.Problems.Select(p => p.Message))))).Append("</span>");
            }
            else if (gap.Next is { } next)
            {
                html.Append("<b>").Append(E(next.CategoryName.In(language))).Append("</b><ul class=\"gap\">");
                foreach (var criterion in next.Criteria)
                {
                    html.Append("<li>").Append(E($"{GapCommand.CriterionLabel(criterion, language)}: {criterion.Detail}")).Append("</li>");
                }

                html.Append("</ul>");
            }
            else if (gap.Missing.Count > 0)
            {
                // No star can be earned by fixing criteria alone: say what must come first.
                html.Append(E(Localizer.Format(language, nameof(Messages.Report_BlockedStars), string.Join("; ", gap.Missing.Select(s => $"{s.CategoryName.In(language)}: {s.Blocker}")))));
            }
            else
            {
                html.Append(E(T(nameof(Messages.Report_HoldsEveryStar))));
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n<script>\n")
            .Append("function sortTable(col){var t=document.getElementById('villages').tBodies[0];var rows=Array.from(t.rows);")
            .Append("var asc=t.dataset.col==col&&t.dataset.dir!='asc';t.dataset.col=col;t.dataset.dir=asc?'asc':'desc';")
            .Append("rows.sort(function(a,b){var x=a.cells[col].dataset.sort||a.cells[col].textContent,y=b.cells[col].dataset.sort||b.cells[col].textContent;")
            .Append("var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');return asc?c:-c;});")
            .Append("rows.forEach(function(r){t.appendChild(r);});}\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void AppendPassRates(StringBuilder html)
    {
        var rates = _passRates.Build();
        var counted = rates.Count > 0 ? rates[0].Villages : 0;
        html.Append("<section id=\"pass-rates\">\n<h2>").Append(E(T(nameof(Messages.Report_PassRatesTitle)))).Append("</h2>\n<p class=\"note\">")
            .Append(E(T(nameof(Messages.Report_PassRatesNote), counted))).Append("</p>\n");
        const int BarHeight = 18;
        const int LineHeight = 16;
        const int RowGap = 4;
        const int LabelWidth = 330;
        const int Width = 720;

        // A label wraps rather than being cut, so every criterion can be read: at 12px a Chinese character is 12px wide
        // (6px a column) and Latin text 5.5 to 6.5px a column, so 50 columns stay clear of the bars at 330px.
        const int LabelColumns = 50;
        var labels = rates.Select(r => TextWrap.Balanced($"{r.CriterionId} {r.Name.In(language)}", LabelColumns)).ToList();

        // Each row is as tall as its label's lines, so a wrapped label never runs into the next row.
        var rows = labels.Select(l => Math.Max(BarHeight, l.Count * LineHeight)).ToList();
        var height = 4 + rows.Sum(r => r + RowGap) + 4;
        html.Append("<svg id=\"chart-pass-rates\" role=\"img\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height)
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").Append(E(T(nameof(Messages.Report_PassRatesTitle)))).Append("</title>");
        var y = 4;
        for (var i = 0; i < rates.Count; i++)
        {
            var rate = rates[i];
            // The bar sits level with the middle of its label's lines.
            var bar = y + ((rows[i] - BarHeight) / 2);
            var length = (int)Math.Round((Width - LabelWidth - 110) * rate.Rate);
            var name = rate.Name.In(language);
            var percent = rate.Rate.ToString("0%", CultureInfo.InvariantCulture);
            html.Append("<g class=\"pass-rate\" data-criterion=\"").Append(E(rate.CriterionId)).Append("\" data-rate=\"").Append(rate.Rate.ToString("R", CultureInfo.InvariantCulture)).Append("\"><title>")
                .Append(E($"{rate.CategoryName.In(language)} · {rate.CriterionId} {name}: {rate.Passed}/{rate.Villages}")).Append("</title>")
                .Append("<text class=\"label\" x=\"0\" y=\"").Append(y + 13).Append("\">");
            for (var line = 0; line < labels[i].Count; line++)
            {
                html.Append("<tspan x=\"0\" y=\"").Append(y + 13 + (line * LineHeight)).Append("\">").Append(E(labels[i][line])).Append("</tspan>");
            }

            html.Append("</text>")
                .Append("<rect class=\"bar\" x=\"").Append(LabelWidth).Append("\" y=\"").Append(bar).Append("\" width=\"").Append(Math.Max(length, 1)).Append("\" height=\"").Append(BarHeight)
                .Append("\" fill=\"").Append(rate.Rate < 0.6 ? "#c0392b" : rate.Rate < 0.8 ? "#e67e22" : "#27ae60").Append("\"></rect>")
                .Append("<text x=\"").Append(LabelWidth + length + 6).Append("\" y=\"").Append(bar + 13).Append("\">").Append(percent).Append(" (").Append(rate.Passed).Append('/').Append(rate.Villages).Append(")</text></g>");
            y += rows[i] + RowGap;
        }

        html.Append("</svg>\n</section>\n");
    }

    private void AppendYearOverYear(StringBuilder html, RatingSummary summary, ResultsDocument previous, string previousName)
    {
        var now = new ResultsDocument
        {
            Criteria = ResultsWriter.Describe(rater),
            Language = language.Code,
            Villages = [.. _villages.Select(v => v.Rating)],
            Summary = summary,
        };
        var diff = ResultsComparer.Compare(previous, now);
        string CategoryName(string id) => rater.Categories.FirstOrDefault(c => c.Id == id)?.Name.In(language) ?? id;

        html.Append("<section id=\"year-over-year\">\n<h2>").Append(E(T(nameof(Messages.Report_YearOverYearTitle)))).Append("</h2>\n<p class=\"note\">")
            .Append(E(T(nameof(Messages.Report_YearOverYearSource), previousName, previous.Criteria.Name.In(language), previous.Criteria.Period))).Append("</p>\n");

        html.Append("<table id=\"totals\">\n<thead><tr><th>").Append(E(T(nameof(Messages.Report_Category)))).Append("</th><th class=\"num\">").Append(E(T(nameof(Messages.Report_Then))))
            .Append("</th><th class=\"num\">").Append(E(T(nameof(Messages.Report_Now)))).Append("</th><th class=\"num\">").Append(E(T(nameof(Messages.Report_Change)))).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var (category, count) in diff.ByCategory)
        {
            TotalRow(html, CategoryName(category), count);
        }

        foreach (var (stars, count) in diff.ByStars.OrderByDescending(s => s.Key))
        {
            TotalRow(html, T(nameof(Messages.Report_StarCount), stars), count);
        }

        if (diff.NotRated.Before + diff.NotRated.After > 0)
        {
            TotalRow(html, T(nameof(Messages.Report_NotRatedRow)), diff.NotRated);
        }

        html.Append("</tbody>\n</table>\n<h3>").Append(E(T(nameof(Messages.Report_VillageChanges)))).Append("</h3>\n");
        if (diff.Villages.Count == 0)
        {
            html.Append("<p>").Append(E(T(nameof(Messages.Report_NoChanges)))).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<table id=\"village-changes\">\n<thead><tr><th>").Append(E(T(nameof(Messages.Report_Village)))).Append("</th><th>").Append(E(T(nameof(Messages.Report_StarsThenNow))))
            .Append("</th><th>").Append(E(T(nameof(Messages.Report_Gained)))).Append("</th><th>").Append(E(T(nameof(Messages.Report_Lost)))).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var village in diff.Villages)
        {
            var then = village.StarsBefore?.ToString(CultureInfo.InvariantCulture) ?? T(village.Kind == VillageChangeKind.Added ? nameof(Messages.Report_NewVillage) : nameof(Messages.Report_NotRated));
            var current = village.StarsAfter?.ToString(CultureInfo.InvariantCulture) ?? T(village.Kind == VillageChangeKind.Removed ? nameof(Messages.Report_RemovedVillage) : nameof(Messages.Report_NotRated));
            html.Append("<tr data-village=\"").Append(E(village.Id)).Append("\" data-kind=\"").Append(village.Kind).Append("\"><td>").Append(E($"{village.Name} ({village.Id})")).Append("</td><td>")
                .Append(E($"{then} → {current}")).Append("</td><td class=\"gained\">").Append(E(string.Join(T(nameof(Messages.Table_ListSeparator)), village.Gained.Select(CategoryName))))
                .Append("</td><td class=\"lost\">").Append(E(string.Join(T(nameof(Messages.Table_ListSeparator)), village.Lost.Select(CategoryName)))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void TotalRow(StringBuilder html, string label, CountChange count)
    {
        var change = count.After - count.Before;
        html.Append("<tr><td>").Append(E(label)).Append("</td><td class=\"num\">").Append(count.Before).Append("</td><td class=\"num\">").Append(count.After)
            .Append("</td><td class=\"num ").Append(change > 0 ? "gained" : change < 0 ? "lost" : string.Empty).Append("\">")
            .Append(change > 0 ? "+" : string.Empty).Append(change.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
    }

    private string T(string name, params object?[] args) => Localizer.Format(language, name, args);

    private static string BarChart(string id, string title, List<(string Label, long Value)> bars)
    {
        const int BarHeight = 22;
        const int LabelWidth = 120;
        const int Width = 460;
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var height = (bars.Count * (BarHeight + 6)) + 30;
        var svg = new StringBuilder();
        svg.Append("<svg id=\"").Append(id).Append("\" role=\"img\" width=\"").Append(Width).Append("\" height=\"").Append(height).Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title>").Append(E(title)).Append("</title><text x=\"0\" y=\"14\" font-weight=\"bold\">").Append(E(title)).Append("</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = 24 + (i * (BarHeight + 6));
            var length = (int)Math.Round((Width - LabelWidth - 50) * (double)bars[i].Value / max);
            svg.Append("<text x=\"0\" y=\"").Append(y + 15).Append("\">").Append(E(bars[i].Label)).Append("</text>")
                .Append("<rect class=\"bar\" x=\"").Append(LabelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(Math.Max(length, 1)).Append("\" height=\"").Append(BarHeight).Append("\" fill=\"#c0392b\" data-value=\"").Append(bars[i].Value).Append("\"></rect>")
                .Append("<text x=\"").Append(LabelWidth + length + 6).Append("\" y=\"").Append(y + 15).Append("\">").Append(bars[i].Value.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
