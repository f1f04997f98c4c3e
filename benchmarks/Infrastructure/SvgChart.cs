using System.Globalization;
using System.Net;
using System.Text;

namespace Dynamo.Repositories.Benchmarks.Infrastructure;

/// <summary>
/// Draws the time and allocation ratios of a run as an SVG bar chart (no external service, no script): one row per
/// category and contender, bars on a logarithmic axis that start at the baseline (1.00x), so a bar to the left is
/// faster or leaner than the hand-written SDK code and a bar to the right slower or heavier.
/// </summary>
public static class SvgChart
{
    private const double Min = 0.1;
    private const double Max = 10;
    private const int PanelWidth = 360;
    private const int PanelGap = 30;
    private const int RowHeight = 15;
    private const int GroupGap = 8;
    private const int Top = 58;

    private static readonly string[] Palette = ["#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f", "#edc948"];

    // The three contenders keep their colours from chart to chart; any other takes the next free one of the palette.
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["LowLevel"] = "#8c8c8c",
        ["Ours"] = "#1f6fb4",
        ["DynamoDBContext"] = "#f28e2b",
    };

    /// <summary>Renders the chart.</summary>
    /// <param name="title">The title line (what was run, when).</param>
    /// <param name="bars">The bars, in the order to draw them.</param>
    /// <returns>The SVG document.</returns>
    public static string Render(string title, IReadOnlyList<ChartBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var categories = bars.Select(b => b.Category).Distinct().ToList();
        var contenders = bars.Select(b => b.Contender).Distinct().ToList();
        var withAlloc = bars.Any(b => b.Alloc is not null);
        var panels = withAlloc ? 2 : 1;

        // The label column fits the longest "category · contender" (about 6.5 px a character at this font size).
        var labelWidth = 20 + (int)(bars.Select(b => b.Category.Length + b.Contender.Length + 3).DefaultIfEmpty(20).Max() * 6.5);
        var width = Math.Max(labelWidth + (panels * PanelWidth) + ((panels - 1) * PanelGap) + 20, 12 + (title.Length * 7));
        var height = Top + (bars.Count * RowHeight) + (categories.Count * GroupGap) + 40;

        var svg = new StringBuilder();
        Append(svg, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"11\">");
        Append(svg, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        Append(svg, $"<text x=\"10\" y=\"18\" font-size=\"13\" font-weight=\"bold\">{Escape(title)}</text>");
        Legend(svg, contenders);
        Panel(svg, labelWidth, "time ratio to LowLevel (log scale; left = faster)", height);
        if (withAlloc)
        {
            Panel(svg, labelWidth + PanelWidth + PanelGap, "allocation ratio to LowLevel (left = less)", height);
        }

        var y = Top;
        foreach (var category in categories)
        {
            foreach (var bar in bars.Where(b => b.Category == category))
            {
                var color = Color(contenders, bar.Contender);
                Append(svg, $"<text x=\"{labelWidth - 8}\" y=\"{y + 11}\" text-anchor=\"end\"><tspan font-weight=\"bold\">{Escape(bar.Category)}</tspan> · <tspan fill=\"{color}\">{Escape(bar.Contender)}</tspan></text>");
                Bar(svg, labelWidth, y, bar.Time, color);
                if (withAlloc)
                {
                    Bar(svg, labelWidth + PanelWidth + PanelGap, y, bar.Alloc, color);
                }

                y += RowHeight;
            }

            y += GroupGap;
        }

        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    /// <summary>Writes the chart to <paramref name="path"/> (creating its folder) and says where.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="title">The title line.</param>
    /// <param name="bars">The bars.</param>
    public static void Write(string path, string title, IReadOnlyList<ChartBar> bars)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, Render(title, bars));
        Console.WriteLine($"// Chart written to {Path.GetFullPath(path)}");
    }

    private static void Legend(StringBuilder svg, List<string> contenders)
    {
        var x = 10;
        foreach (var contender in contenders)
        {
            var color = Color(contenders, contender);
            Append(svg, $"<rect x=\"{x}\" y=\"27\" width=\"10\" height=\"10\" fill=\"{color}\"/>");
            Append(svg, $"<text x=\"{x + 14}\" y=\"36\">{Escape(contender)}</text>");
            x += 24 + (contender.Length * 7);
        }
    }

    private static void Panel(StringBuilder svg, int left, string caption, int height)
    {
        var bottom = height - 30;
        Append(svg, $"<text x=\"{left + (PanelWidth / 2)}\" y=\"{Top - 8}\" text-anchor=\"middle\" fill=\"#333\">{Escape(caption)}</text>");
        foreach (var tick in new[] { 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0 })
        {
            var x = left + X(tick);
            var stroke = tick == 1.0 ? "#333" : "#ddd";
            Append(svg, $"<line x1=\"{x:0.0}\" y1=\"{Top - 2}\" x2=\"{x:0.0}\" y2=\"{bottom}\" stroke=\"{stroke}\" stroke-width=\"{(tick == 1.0 ? 1.5 : 1)}\"/>");
            Append(svg, $"<text x=\"{x:0.0}\" y=\"{bottom + 14}\" text-anchor=\"middle\" fill=\"#555\">{tick:0.0#}x</text>");
        }
    }

    private static void Bar(StringBuilder svg, int left, int y, double? ratio, string color)
    {
        if (ratio is not { } r || r <= 0)
        {
            Append(svg, $"<text x=\"{left + X(1.0) + 4:0.0}\" y=\"{y + 11}\" fill=\"#999\">n/a</text>");
            return;
        }

        var from = X(1.0);
        var to = X(Math.Clamp(r, Min, Max));
        var x = Math.Min(from, to);
        var w = Math.Max(Math.Abs(to - from), 1.5);
        Append(svg, $"<rect x=\"{left + x:0.0}\" y=\"{y + 2}\" width=\"{w:0.0}\" height=\"{RowHeight - 4}\" fill=\"{color}\"><title>{r:0.00}x</title></rect>");
        var labelX = r >= 1 ? left + x + w + 3 : left + x - 3;
        var anchor = r >= 1 ? "start" : "end";
        Append(svg, $"<text x=\"{labelX:0.0}\" y=\"{y + 11}\" text-anchor=\"{anchor}\" fill=\"#222\">{r:0.00}x</text>");
    }

    private static string Color(List<string> contenders, string contender) =>
        Known.TryGetValue(contender, out var color)
            ? color
            : Palette[contenders.Where(c => !Known.ContainsKey(c)).ToList().IndexOf(contender) % Palette.Length];

    // Log scale: Min at the panel's left edge (plus a margin for labels), Max at its right edge.
    private static double X(double ratio) =>
        36 + ((PanelWidth - 72) * (Math.Log10(ratio) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min)));

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static void Append(StringBuilder svg, FormattableString line) =>
        svg.AppendLine(line.ToString(CultureInfo.InvariantCulture));
}
