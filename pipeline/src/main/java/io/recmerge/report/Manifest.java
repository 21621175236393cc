package io.recmerge.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * manifest.json, schema 1 (README.md, manifest.json). Stable and versioned: add fields, never rename or remove.
 * {@code sessionOffset} is where the output's t=0 lies on the session clock; {@code file} is
 * relative to the output folder.
 */
public record Manifest(int schema, Tool tool, Session session, List<Output> outputs,
                       List<DiagnosticEntry> diagnostics, int exitCode, Counts counts,
                       @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Input> input) {

    public static final int SCHEMA = 1;

    public Manifest {
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
        java.util.Objects.requireNonNull(counts, "counts");
        java.util.Objects.requireNonNull(input, "input");
    }

    /** A manifest without input fingerprint whose counts are all written outputs. */
    public Manifest(int schema, Tool tool, Session session, List<Output> outputs, List<DiagnosticEntry> diagnostics,
                    int exitCode) {
        this(schema, tool, session, outputs, diagnostics, exitCode,
                new Counts(outputs.size() - (int) outputs.stream().filter(Output::partial).count(),
                        (int) outputs.stream().filter(Output::partial).count(), 0, 0), Optional.empty());
    }

    /**
     * What became of the planned outputs: written whole, written partial, failed (render or
     * verification), refused (a user session with media that got no output).
     */
    public record Counts(int written, int partial, int failed, int refused) { }

    /**
     * What the outputs were made from, for resuming: a rerun whose fingerprint matches re-renders
     * nothing. The fingerprint covers the session folder's file names, sizes and modification times,
     * the options and profile that shape the outputs, and the recmerge version.
     */
    public record Input(String fingerprint, int files, long bytes) { }

    public record Tool(String name, String version, String ffmpeg) { }

    /**
     * @param clockZeroUtc for an Agora Cloud Recording: the UTC of the session clock's zero (the
     *                     recording's earliest slice), {@code 2024-03-05T10:00:00.000Z}, so that
     *                     {@code sessionOffset} says when an output starts; absent for on-premise input
     */
    public record Session(String dir, String name, boolean recordingDone,
                          @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> clockZeroUtc) {
        public Session {
            java.util.Objects.requireNonNull(clockZeroUtc, "clockZeroUtc");
        }

        /** An on-premise session: its clock is the metadata files' own. */
        public Session(String dir, String name, boolean recordingDone) {
            this(dir, name, recordingDone, Optional.empty());
        }
    }

    /**
     * @param reencoded the tracks that were encoded anew ("video", "audio"); empty for a pure copy
     * @param firstFrameFrozenFor seconds at the start during which the first video frame is shown
     *                            frozen (the lead-in under --leading-blank auto/freeze)
     * @param gapsDropped session-time stretches cut out under --gaps drop
     * @param partial written from only part of the user's media (some could not be used; the
     *                diagnostics say which); the field appears only when true
     */
    public record Output(String uid, String file, String kind, double sessionOffset, double duration,
                         String strategy, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> reencoded,
                         List<String> sources, Optional<Double> firstFrameFrozenFor,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Gap> gapsDropped,
                         Optional<Video> video, Optional<Audio> audio,
                         @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean partial,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> snapshots,
                         Optional<String> audioFile) {
        public Output {
            snapshots = List.copyOf(snapshots);
            reencoded = List.copyOf(reencoded);
            sources = List.copyOf(sources);
            gapsDropped = List.copyOf(gapsDropped);
        }

        /** A whole output: made from every media file its metadata names. */
        public Output(String uid, String file, String kind, double sessionOffset, double duration, String strategy,
                      List<String> reencoded, List<String> sources, Optional<Double> firstFrameFrozenFor,
                      List<Gap> gapsDropped, Optional<Video> video, Optional<Audio> audio) {
            this(uid, file, kind, sessionOffset, duration, strategy, reencoded, sources, firstFrameFrozenFor,
                    gapsDropped, video, audio, false);
        }

        /** An output without snapshots or an audio copy beside it. */
        public Output(String uid, String file, String kind, double sessionOffset, double duration, String strategy,
                      List<String> reencoded, List<String> sources, Optional<Double> firstFrameFrozenFor,
                      List<Gap> gapsDropped, Optional<Video> video, Optional<Audio> audio, boolean partial) {
            this(uid, file, kind, sessionOffset, duration, strategy, reencoded, sources, firstFrameFrozenFor,
                    gapsDropped, video, audio, partial, List.of(), Optional.empty());
        }
    }

    /** A stretch of session time, seconds. */
    public record Gap(double start, double end) { }

    public record Video(String codec, int width, int height, double fps, String pixelFormat, int rotation) { }

    public record Audio(String codec, String profile, int sampleRate, int channels) { }

    public record DiagnosticEntry(String code, String severity, Optional<String> uid, Optional<String> file,
                                  String message, String hint) { }
}
