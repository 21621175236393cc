package io.recmerge.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the lavfi filter graph of a generated video: per rotation segment, draw the UPRIGHT
 * picture (portrait for 90/270), trim it to an integer number of frames, then turn it
 * counter-clockwise by the segment's rotation so the stored frame is sensor-sized; concatenate the
 * segments (exact frame counts at a constant rate, so no rounding can creep in); finally paint the
 * flash frames white by global frame number.
 */
public final class VideoGraph {

    private VideoGraph() {
    }

    static String build(VideoSpec v) {
        List<int[]> segments = v.segments();
        List<String> chains = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            chains.add(segment(v, i, segments.get(i)));
            joined.append("[s").append(i).append(']');
        }
        String head = segments.size() == 1 ? "[s0]null," : joined + "concat=n=" + segments.size() + ":v=1:a=0,";
        chains.add(head + flashes(v) + "format=yuv420p[v]");
        return String.join(";", chains);
    }

    /** One segment {start, end, degrees}: upright picture, trimmed, turned counter-clockwise. */
    private static String segment(VideoSpec v, int i, int[] seg) {
        boolean portrait = seg[2] == 90 || seg[2] == 270;
        int uw = portrait ? v.height() : v.width();
        int uh = portrait ? v.width() : v.height();
        int box = even(Math.min(uw, uh) / 6);
        return "color=c=" + MediaWriter.BACKGROUND + ":s=" + uw + "x" + uh + ":r=" + v.fps() + "[bg" + i + "];"
                + "color=c=" + MediaWriter.MOVER + ":s=" + box + "x" + box + ":r=" + v.fps() + "[mv" + i + "];"
                + "[bg" + i + "][mv" + i + "]" + mover((double) seg[0] / v.fps(), uw) + ","
                + "drawbox=x=0:y=0:w=" + even(uw / 5) + ":h=" + even(uh / 5) + ":color=red:t=fill,"
                + "trim=end_frame=" + (seg[1] - seg[0]) + ",setpts=PTS-STARTPTS"
                + counterClockwise(seg[2]) + "[s" + i + "]";
    }

    /**
     * The moving square: overlay evaluates x/y per frame (eval=frame); t0 continues the motion
     * across segments. Commas inside expressions are escaped for the graph parser.
     */
    private static String mover(double t0, int uprightWidth) {
        return String.format(Locale.ROOT, "overlay=eval=frame:x='mod((t+%.6f)*%d\\,W-w)':y='(H-h)/2+(H-h)/3*sin(t+%.6f)'",
                t0, Math.max(1, uprightWidth / 4), t0);
    }

    /**
     * Turns the upright picture into what the sensor stored. transpose=2 is 90 degrees
     * counter-clockwise, transpose=1 is 90 clockwise (= 270 counter-clockwise), hflip+vflip is 180.
     */
    public static String counterClockwise(int degrees) {
        return switch (degrees) {
            case 0 -> "";
            case 90 -> ",transpose=2";
            case 180 -> ",hflip,vflip";
            case 270 -> ",transpose=1";
            default -> throw new IllegalArgumentException("rotation " + degrees);
        };
    }

    /** Full-white frames by global frame number (timeline option 'n' counts the frames this filter sees). */
    private static String flashes(VideoSpec v) {
        List<String> terms = v.flashFrames().stream().map(k -> "eq(n\\," + k + ")").toList();
        if (terms.isEmpty()) {
            return "";
        }
        return "drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='" + String.join("+", terms) + "',";
    }

    private static int even(int x) {
        return Math.max(2, x - x % 2);
    }
}
