package io.recmerge.bench;

/**
 * A performance target for one measured figure: {@code value(result) <= limit} (or {@code >=} when
 * {@code atLeast}). {@code aim} is printed beside the limit when the issue names one.
 */
record Target(Measure measure, double limit, boolean atLeast, String aim) {

    /** What a target compares. */
    enum Measure {
        RATIO_REFERENCE("recmerge / reference time"),
        RATIO_REMUX("recmerge / remux time"),
        SSIM_VS_REFERENCE("SSIM recmerge - reference (unrotated stretches)"),
        JVM_PEAK_MB("JVM peak RSS, MB");

        final String label;

        Measure(String label) {
            this.label = label;
        }
    }

    static Target atMost(Measure m, double limit, String aim) {
        return new Target(m, limit, false, aim);
    }

    static Target atLeast(Measure m, double limit) {
        return new Target(m, limit, true, "");
    }

    boolean met(double value) {
        return atLeast ? value >= limit : value <= limit;
    }

    String text() {
        return (atLeast ? ">= " : "<= ") + Table.num(limit) + (aim.isEmpty() ? "" : " (aim " + aim + ")");
    }
}
