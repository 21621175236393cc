package io.recmerge.inspect;

import static io.recmerge.inspect.HtmlPage.HEIGHT;
import static io.recmerge.inspect.HtmlPage.LEFT;
import static io.recmerge.inspect.HtmlPage.PLOT;
import static io.recmerge.inspect.HtmlPage.WIDTH;
import static io.recmerge.inspect.HtmlPage.esc;

import java.util.Locale;

/**
 * One user's timeline as inline SVG: rows for video, rotation, audio and the output window over a
 * seconds axis; gaps and the lead-in shaded; changes as red lines; diagnostics as dots at the piece
 * they are about. Every element carries a {@code <title>}, so hovering says what it is.
 */
final class TimelineSvg {

    private static final int VIDEO_Y = 22;
    private static final int ROTATION_Y = 45;
    private static final int AUDIO_Y = 62;
    private static final int WINDOW_Y = 86;
    private static final int MARK_Y = 108;

    private TimelineSvg() {
    }

    static String render(SessionPage.UserRow u) {
        double end = Math.max(u.end(), 0.001);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"timeline\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">", WIDTH, HEIGHT, WIDTH, HEIGHT));
        axis(s, end);
        label(s, "video", VIDEO_Y + 14);
        label(s, "rotation", ROTATION_Y + 11);
        label(s, "audio", AUDIO_Y + 14);
        label(s, "output", WINDOW_Y + 10);
        for (SessionPage.Span span : u.spans()) {
            switch (span.kind()) {
                case "gap" -> rect(s, "span gap", span.start(), span.end(), VIDEO_Y - 2, WINDOW_Y - VIDEO_Y, end,
                        span.label(), span.label());
                case "lead-in" -> rect(s, "span lead-in", span.start(), span.end(), VIDEO_Y, 20, end, span.label(),
                        span.label());
                default -> rect(s, "span rotation deg" + span.label().replace("°", ""), span.start(), span.end(),
                        ROTATION_Y, 14, end, "rotation " + span.label() + " (turned clockwise to be upright)",
                        span.label());
            }
        }
        for (SessionPage.Bar b : u.bars()) {
            rect(s, "piece " + b.track(), b.start(), b.end(), b.track().equals("video") ? VIDEO_Y : AUDIO_Y, 20, end,
                    b.label(), b.file());
        }
        u.output().ifPresent(w -> rect(s, "window", w.start(), w.end(), WINDOW_Y, 12, end,
                "output " + w.file() + " (" + w.strategy() + ")", w.strategy()));
        for (SessionPage.Marker m : u.markers()) {
            double x = x(m.time(), end);
            if (m.kind().equals("change")) {
                s.append(String.format(Locale.ROOT, "<line class=\"marker change\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" "
                        + "y2=\"%d\"><title>%s</title></line>", x, VIDEO_Y - 4, x, WINDOW_Y + 14, esc(m.label())));
            } else {
                s.append(String.format(Locale.ROOT, "<circle class=\"marker %s\" cx=\"%.1f\" cy=\"%d\" r=\"6\"><title>%s"
                        + "</title></circle>", esc(m.kind()), x, MARK_Y, esc(m.label())));
            }
        }
        return s.append("</svg>\n").toString();
    }

    private static void axis(StringBuilder s, double end) {
        double step = niceStep(end);
        for (double t = 0; t <= end + 1e-9; t += step) {
            double x = x(t, end);
            s.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%.1f\" y1=\"16\" x2=\"%.1f\" y2=\"%d\"/>"
                    + "<text x=\"%.1f\" y=\"12\" text-anchor=\"middle\">%s</text>", x, x, WINDOW_Y + 14, x,
                    step < 1 ? String.format(Locale.ROOT, "%.1f", t) : String.format(Locale.ROOT, "%.0f", t)));
        }
    }

    /** About eight ticks: 1, 2 or 5 times a power of ten seconds. */
    static double niceStep(double end) {
        double raw = end / 8;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static void label(StringBuilder s, String text, int y) {
        s.append("<text x=\"4\" y=\"").append(y).append("\">").append(text).append("</text>");
    }

    private static void rect(StringBuilder s, String cls, double from, double to, int y, int h, double end,
                             String title, String inside) {
        double x = x(from, end);
        double w = Math.max(1, x(to, end) - x);
        s.append(String.format(Locale.ROOT, "<g><rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                + "data-start=\"%.3f\" data-end=\"%.3f\"><title>%s</title></rect>", cls, x, y, w, h, from, to, esc(title)));
        // Text only where it fits: about 6 px a character at this size.
        if (!inside.isEmpty() && inside.length() * 6 < w - 6) {
            s.append(String.format(Locale.ROOT, "<text class=\"in\" x=\"%.1f\" y=\"%d\">%s</text>", x + 4,
                    y + h / 2 + 4, esc(inside)));
        }
        s.append("</g>");
    }

    private static double x(double t, double end) {
        return LEFT + Math.max(0, Math.min(1, t / end)) * PLOT;
    }
}
