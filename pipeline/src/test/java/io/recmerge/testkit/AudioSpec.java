package io.recmerge.testkit;

import java.util.List;

/**
 * One ADTS AAC file (48 kHz) whose content starts at session time {@code create}. {@code beeps}
 * are session times of 100 ms, 1 kHz sine bursts (amplitude 0.5); everything else is digital
 * silence. {@code create} is rounded to the millisecond, as the metadata file writes it.
 */
public record AudioSpec(String fileName, double create, double duration, int channels, List<Double> beeps) {

    /** Length of every beep, seconds. */
    public static final double BEEP_SECONDS = 0.1;
    /** Sample rate of the generated audio. */
    public static final int SAMPLE_RATE = 48_000;

    public AudioSpec {
        Times.requireFinite(create, "create");
        create = Times.ms(create);
        if (!(duration > 0) || channels < 1 || channels > 2) {
            throw new IllegalArgumentException("need duration > 0 and 1..2 channels: " + fileName);
        }
        beeps = List.copyOf(beeps);
        for (double b : beeps) {
            if (b < create || b + BEEP_SECONDS > create + duration) {
                throw new IllegalArgumentException("beep " + b + " outside " + fileName);
            }
        }
    }

    /** Mono file. */
    public static AudioSpec mono(String fileName, double create, double duration, List<Double> beeps) {
        return new AudioSpec(fileName, create, duration, 1, beeps);
    }

    /** Session time of the {@code close} line. */
    public double close() {
        return create + duration;
    }

    /** Beep times on the file's own clock (beep - create). Raw ADTS decodes ~21 ms later, see MediaMeasure. */
    public List<Double> fileBeeps() {
        return beeps.stream().map(b -> b - create).toList();
    }

    /** First sample of each beep in the file. */
    List<Long> beepStartSamples() {
        return fileBeeps().stream().map(t -> Math.round(t * SAMPLE_RATE)).toList();
    }
}
