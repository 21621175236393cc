package io.recmerge.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the metadata filter's print file: per frame a line
 * {@code frame:N    pts:P    pts_time:T} followed by {@code lavfi.signalstats.YAVG=V}.
 */
final class FrameLumaParser {

    private FrameLumaParser() {
    }

    static List<FrameLuma> parse(String text, double origin) {
        List<FrameLuma> out = new ArrayList<>();
        double time = Double.NaN;
        for (String line : text.split("\n")) {
            if (line.startsWith("frame:")) {
                time = ptsTime(line);
            } else if (line.startsWith("lavfi.signalstats.YAVG=") && !Double.isNaN(time)) {
                // pts_time has 6 decimals; round the difference so 2.0 - 1.4 prints as 0.6
                double t = Math.round((time - origin) * 1e6) / 1e6;
                out.add(new FrameLuma(t, Double.parseDouble(line.substring(line.indexOf('=') + 1))));
                time = Double.NaN;
            }
        }
        return out;
    }

    private static double ptsTime(String line) {
        for (String field : line.trim().split("\\s+")) {
            if (field.startsWith("pts_time:")) {
                String v = field.substring("pts_time:".length());
                return "NOPTS".equals(v) ? Double.NaN : Double.parseDouble(v);
            }
        }
        return Double.NaN;
    }
}
