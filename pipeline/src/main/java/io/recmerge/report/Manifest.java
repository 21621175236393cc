package io.recmerge.report;

import java.util.List;
import java.util.Optional;

/**
 * manifest.json, schema 1 (DESIGN.md). Stable and versioned: add fields, never rename or remove.
 * {@code sessionOffset} is where the output's t=0 lies on the session clock; {@code file} is
 * relative to the output folder.
 */
public record Manifest(int schema, Tool tool, Session session, List<Output> outputs,
                       List<DiagnosticEntry> diagnostics, int exitCode) {

    public static final int SCHEMA = 1;

    public Manifest {
        outputs = List.copyOf(outputs);
        diagnostics = List.copyOf(diagnostics);
    }

    public record Tool(String name, String version, String ffmpeg) { }

    public record Session(String dir, String name, boolean recordingDone) { }

    public record Output(String uid, String file, String kind, double sessionOffset, double duration,
                         String strategy, List<String> sources, Optional<Video> video, Optional<Audio> audio) {
        public Output {
            sources = List.copyOf(sources);
        }
    }

    public record Video(String codec, int width, int height, double fps, String pixelFormat, int rotation) { }

    public record Audio(String codec, String profile, int sampleRate, int channels) { }

    public record DiagnosticEntry(String code, String severity, Optional<String> uid, Optional<String> file,
                                  String message, String hint) { }
}
