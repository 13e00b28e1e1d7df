using System.Globalization;
using System.Net;
using System.Text;
using FiveStar.Cli.Commands;
using FiveStar.Cli.Resources;
using FiveStar.Rating;

namespace FiveStar.Cli.Output;

/// <summary>
/// The township report as one self-contained HTML page (no network, no CDN): the summary as published reports give it,
/// inline SVG bar charts, a sortable table of villages, and what each village lacks for its next star.
/// </summary>
internal sealed class HtmlReport(StarRater rater, Language language)
{
    private readonly List<(VillageRating Rating, VillageGap Gap)> _villages = [];

    public void Add(VillageRating rating) => _villages.Add((rating, rater.Gap(rating, language.Library)));

    public string Render(RatingSummary summary)
    {
        var html = new StringBuilder();
        var title = $"{rater.Document.Name.In(language.Code)} — {language.T("评星结果", "Star ratings")}";
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.IsEnglish ? "en" : "zh-CN").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif;margin:2em;color:#222}")
            .Append("h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}")
            .Append("th{background:#f3f3f3;cursor:pointer}td.stars{color:#d4a017;letter-spacing:1px}.problem,.unrated{color:#b00}.charts{display:flex;gap:3em;flex-wrap:wrap}")
            .Append("svg text{font-size:12px}td:nth-child(-n+4){white-space:nowrap}ul.gap{margin:0;padding-left:1.2em}\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n<p>").Append(E(rater.Document.Region ?? string.Empty)).Append(' ').Append(E(rater.Document.Period.ToString())).Append("</p>\n");

        html.Append("<h2>").Append(language.T("汇总", "Summary")).Append("</h2>\n<p id=\"village-count\" data-count=\"").Append(summary.Villages).Append("\">");
        foreach (var line in SummaryText.Lines(rater, summary, language))
        {
            html.Append(E(line)).Append("<br>");
        }

        html.Append("</p>\n<div class=\"charts\">\n");
        var levels = summary.ByStars.OrderByDescending(s => s.Key).Select(s => (language.T(SummaryText.StarWord(s.Key), $"{s.Key}★"), s.Value)).ToList();
        html.Append(BarChart("chart-levels", language.T("各星级村数", "Villages per star count"), levels));
        var awards = rater.Categories.Select(c => (c.Name.In(language.Code), summary.ByCategory[c.Id])).ToList();
        html.Append(BarChart("chart-categories", language.T("各星获得村数", "Villages holding each star"), awards));
        html.Append("</div>\n");

        html.Append("<h2>").Append(language.T("各村评星", "Villages")).Append("</h2>\n<table id=\"villages\">\n<thead><tr>");
        var headers = new List<string> { language.T("编号", "Id"), language.T("村", "Village"), language.T("星", "Stars"), language.T("星级", "Level") };
        headers.AddRange(rater.Categories.Select(c => c.Name.In(language.Code)));
        headers.Add(language.T("下一颗星还差", "Lacks for the next star"));
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
                html.Append("<td class=\"unrated\" data-sort=\"-1\">").Append(E(language.T("未评定", "not rated"))).Append("</td><td data-sort=\"-1\">—</td>");
            }

            foreach (var category in rating.Categories)
            {
                html.Append("<td>").Append(rating.Rated && category.Awarded ? "★" : string.Empty).Append("</td>");
            }

            html.Append("<td>");
            if (!rating.Rated)
            {
                html.Append("<span class=\"problem\">").Append(E(language.T("数据有误，未评定：", "data errors, not rated: "))).Append(E(string.Join("; ", rating.Problems.Select(p => p.Message)))).Append("</span>");
            }
            else if (gap.Next is { } next)
            {
                html.Append("<b>").Append(E(next.CategoryName.In(language.Code))).Append("</b><ul class=\"gap\">");
                foreach (var criterion in next.Criteria)
                {
                    html.Append("<li>").Append(E($"{GapCommand.CriterionLabel(criterion, language)}: {criterion.Detail}")).Append("</li>");
                }

                html.Append("</ul>");
            }
            else if (gap.Missing.Count > 0)
            {
                // No star can be earned by fixing criteria alone: say what must come first.
                html.Append(E(Localizer.Format(language.Library, nameof(Messages.Report_BlockedStars), string.Join("; ", gap.Missing.Select(s => $"{s.CategoryName.In(language.Code)}: {s.Blocker}")))));
            }
            else
            {
                html.Append(E(language.T("已获全部星", "holds every star")));
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<script>\n")
            .Append("function sortTable(col){var t=document.getElementById('villages').tBodies[0];var rows=Array.from(t.rows);")
            .Append("var asc=t.dataset.col==col&&t.dataset.dir!='asc';t.dataset.col=col;t.dataset.dir=asc?'asc':'desc';")
            .Append("rows.sort(function(a,b){var x=a.cells[col].dataset.sort||a.cells[col].textContent,y=b.cells[col].dataset.sort||b.cells[col].textContent;")
            .Append("var nx=parseFloat(x),ny=parseFloat(y);var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');return asc?c:-c;});")
            .Append("rows.forEach(function(r){t.appendChild(r);});}\n</script>\n</body>\n</html>\n");
        return html.ToString();
    }

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
