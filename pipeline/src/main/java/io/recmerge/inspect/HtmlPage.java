package io.recmerge.inspect;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@link SessionPage} and {@link ConvertedPage} as one self-contained HTML file: inline CSS,
 * one inline SVG timeline per user, stills as {@code data:} URIs; no script, font or URL is loaded,
 * so the page opens the same offline, from a mail attachment or a ticket.
 */
public final class HtmlPage {

    static final int WIDTH = 960;
    static final int LEFT = 70;
    static final int PLOT = WIDTH - LEFT - 12;
    static final int HEIGHT = 124;

    private static final String CSS = """
            body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;background:#fafafa}
            h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 6px}
            .sub{color:#666;margin-bottom:12px}section.user{background:#fff;border:1px solid #ddd;
            border-radius:6px;padding:10px 14px;margin:14px 0}svg.timeline{display:block;background:#fff}
            .piece.video{fill:#4a7bd0}.piece.audio{fill:#3fa46a}.span.rotation{fill:#e8a33a}
            .span.rotation.deg0{fill:#f2d7a6}.piece,.span.rotation{stroke:#fff;stroke-width:1}
            .span.lead-in+text.in,.span.gap+text.in,.span.deg0+text.in{fill:#333}
            .span.gap{fill:#999;fill-opacity:.35}.span.lead-in{fill:#c9c9c9}.window{fill:#7a4fb5}
            .marker.change{stroke:#d0312d;stroke-width:2}.marker.diagnostic{stroke:#fff;stroke-width:1}
            .marker.error{fill:#d0312d}.marker.warning{fill:#e8a33a}.marker.info{fill:#4a7bd0}
            svg text{font:11px system-ui,sans-serif;fill:#333}svg text.in{fill:#fff}.axis{stroke:#ccc}
            .strip{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}figure.thumb{margin:0;font-size:11px;color:#555}
            figure.thumb img{display:block;height:90px;border:1px solid #ccc}.nothumb{height:90px;width:120px;
            display:flex;align-items:center;justify-content:center;border:1px dashed #bbb;color:#999}
            ul.diags{margin:6px 0;padding-left:18px}li.error{color:#a01010}li.warning{color:#8a5a00}
            li.info{color:#445}code{font-size:12px}table{border-collapse:collapse}td,th{padding:3px 10px;
            text-align:left;border-bottom:1px solid #eee}.legend span{display:inline-block;margin-right:12px}
            .legend i{display:inline-block;width:12px;height:10px;margin-right:4px;vertical-align:middle}
            """;

    private HtmlPage() {
    }

    public static String render(SessionPage page) {
        StringBuilder out = head("recmerge inspect: " + page.title());
        out.append("<h1>").append(esc(page.title())).append("</h1><div class=\"sub\">recording ")
                .append(esc(page.state())).append(" · ").append(page.users().size()).append(" user session(s) · times on "
                        + "the session clock (seconds)</div>\n").append(legend());
        diagnostics(out, page.sessionDiagnostics());
        for (SessionPage.UserRow u : page.users()) {
            out.append("<section class=\"user\" data-uid=\"").append(esc(u.uid())).append("\"><h2>uid ")
                    .append(esc(u.uid())).append(" <small>").append(esc(u.metadata())).append("</small></h2>\n");
            u.output().ifPresentOrElse(w -> out.append(String.format(Locale.ROOT, "<div>output <code>%s</code>: %s, "
                            + "%s, session %.3f–%.3f s</div>", esc(w.file()), esc(w.kind()), esc(w.strategy()), w.start(),
                    w.end())), () -> out.append("<div>no output planned</div>"));
            out.append(TimelineSvg.render(u));
            strip(out, u.thumbs());
            diagnostics(out, u.diagnostics());
            out.append("</section>\n");
        }
        return out.append("</body></html>\n").toString();
    }

    public static String render(ConvertedPage page) {
        StringBuilder out = head("recmerge outputs: " + page.title());
        out.append("<h1>").append(esc(page.title())).append(" (converted)</h1><div class=\"sub\">")
                .append(page.outputs().size()).append(" output(s), exit code ").append(page.exitCode()).append("</div>\n");
        out.append("<table><tr><th>uid</th><th>file</th><th>kind</th><th>duration</th><th>strategy</th>"
                + "<th>session offset</th></tr>\n");
        for (ConvertedPage.OutputRow o : page.outputs()) {
            out.append(String.format(Locale.ROOT, "<tr class=\"output\"><td>%s</td><td><code>%s</code>%s</td><td>%s</td>"
                            + "<td>%.3f s</td><td>%s</td><td>%.3f s</td></tr>\n", esc(o.uid()), esc(o.file()),
                    o.present() ? "" : " (missing)", esc(o.kind()), o.duration(), esc(o.strategy()), o.sessionOffset()));
        }
        out.append("</table>\n");
        for (ConvertedPage.OutputRow o : page.outputs()) {
            if (!o.strip().isEmpty()) {
                out.append("<h2><code>").append(esc(o.file())).append("</code></h2>");
                strip(out, o.strip());
            }
        }
        diagnostics(out, page.diagnostics());
        return out.append("</body></html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "style-src 'unsafe-inline'\"><title>").append(esc(title)).append("</title><style>").append(CSS)
                .append("</style></head><body>\n");
    }

    private static String legend() {
        return "<div class=\"legend\"><span><i style=\"background:#4a7bd0\"></i>video</span><span><i "
                + "style=\"background:#3fa46a\"></i>audio</span><span><i style=\"background:#e8a33a\"></i>rotation"
                + "</span><span><i style=\"background:#c9c9c9\"></i>lead-in</span><span><i style=\"background:#999;"
                + "opacity:.5\"></i>gap</span><span><i style=\"background:#7a4fb5\"></i>output window</span><span><i "
                + "style=\"background:#d0312d\"></i>change / problem</span></div>\n";
    }

    private static void strip(StringBuilder out, List<SessionPage.Thumb> thumbs) {
        if (thumbs.isEmpty()) {
            return;
        }
        out.append("<div class=\"strip\">");
        for (SessionPage.Thumb t : thumbs) {
            out.append("<figure class=\"thumb\">");
            t.jpeg().ifPresentOrElse(b -> out.append("<img alt=\"").append(esc(t.caption()))
                    .append("\" src=\"data:image/jpeg;base64,").append(Base64.getEncoder().encodeToString(b)).append("\">"),
                    () -> out.append("<div class=\"nothumb\">no frame</div>"));
            out.append("<figcaption>").append(esc(t.caption())).append("</figcaption></figure>");
        }
        out.append("</div>\n");
    }

    private static void diagnostics(StringBuilder out, List<SessionPage.Diag> diags) {
        if (diags.isEmpty()) {
            return;
        }
        out.append("<ul class=\"diags\">");
        for (SessionPage.Diag d : diags) {
            out.append("<li class=\"").append(esc(d.severity())).append("\">").append(esc(d.severity())).append(" <code>")
                    .append(esc(d.code())).append("</code>")
                    .append(d.at().map(t -> String.format(Locale.ROOT, " at %.3f s", t)).orElse(""))
                    .append(": ").append(esc(d.message())).append("</li>");
        }
        out.append("</ul>\n");
    }

    /** HTML text and attribute escaping: file names and messages come from the recording. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) ? '?' : c);
            }
        }
        return out.toString();
    }
}
