package io.recmerge.discover;

import java.util.ArrayList;
import java.util.List;

/**
 * The recorder's "leave channel with code:N" (recording FAQ, "Recording quit error"). N is a bit
 * mask: 0 alone means initialization failed; bits 1..4 are signal, no users, timer, client leave.
 * The log prints it as a decimal number, so 12 = (1<<2) + (1<<3) = no users + timer.
 */
public record LeaveCode(long value) {

    private static final String[] BITS = {
        null, "a signal stopped the recorder", "no user was left in the channel", "the recording timer ran out",
        "the client left the channel",
    };

    public LeaveCode {
        if (value < 0) {
            throw new IllegalArgumentException("leave code " + value + " is negative");
        }
    }

    /** Every reason the code holds, in bit order; unknown bits are named by their shift. */
    public List<String> reasons() {
        if (value == 0) {
            return List.of("initialization failed");
        }
        List<String> reasons = new ArrayList<>();
        for (int bit = 0; bit < Long.SIZE - 1; bit++) {
            if ((value & (1L << bit)) != 0) {
                reasons.add(bit < BITS.length && BITS[bit] != null ? BITS[bit] : "unknown reason 1<<" + bit);
            }
        }
        return reasons;
    }

    /** 0 is the one code that says the recording never properly started. */
    public boolean isInitFailure() {
        return value == 0;
    }

    /** "12 (no user was left in the channel + the recording timer ran out)". */
    public String describe() {
        return value + " (" + String.join(" + ", reasons()) + ")";
    }
}
