package io.recmerge.discover;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.diag.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Is the recording finished, still running or crashed, and why did the recorder leave: the
 * folder-level answers {@code convert} and {@code inspect} share (recording FAQ, "Recording status").
 */
public record SessionStatus(State state, CrashSigns crash, Optional<RecorderLog> log, RecorderInfo recorder,
                            List<Diagnostic> diagnostics) {

    /** {@code inspect} prints it; {@code convert} refuses everything but FINISHED without --force. */
    public enum State {
        FINISHED, CRASHED, UNFINISHED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static final String INIT_FAILURE_HINT = "The recorder could not join: check the appID, channel name and channel "
            + "key/token it was started with (recording_sys.log shows them; a token is needed when the App Certificate "
            + "is on), that its channel profile (Communication or Live Broadcast) matches the clients', and that the "
            + "firewall lets it reach the Agora servers.";

    public SessionStatus {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Reads the folder listing, the metadata files and the recorder log; runs no ffmpeg. */
    public static SessionStatus of(SessionFolder folder) throws IOException {
        Optional<RecorderLog> log = readLog(folder);
        CrashSigns crash = CrashSigns.of(folder, log);
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (!folder.recordingDone()) {
            diagnostics.add(Diagnostic.of(Code.RECORDING_NOT_DONE, "no " + SessionFolder.DONE_MARKER + " in "
                    + folder.dir()).build());
        }
        if (crash.any()) {
            diagnostics.add(Diagnostic.of(Code.RECORDING_CRASHED, "crash signs: " + crash.summary()
                    + (folder.recordingDone() ? " (although " + SessionFolder.DONE_MARKER + " is there)" : ""))
                    .build());
        }
        log.ifPresent(l -> diagnostics.addAll(leaves(l)));
        State state = folder.recordingDone() ? State.FINISHED : crash.any() ? State.CRASHED : State.UNFINISHED;
        return new SessionStatus(state, crash, log, RecorderInfo.read(folder.dir()), diagnostics);
    }

    private static Optional<RecorderLog> readLog(SessionFolder folder) {
        try {
            return folder.recorderLog().isPresent() ? Optional.of(RecorderLog.read(folder.recorderLog().get()))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable log only costs the diagnosis, not the conversion
        }
    }

    /** One diagnostic per distinct leave code; code 0 (initialization failure) is a warning. */
    private static List<Diagnostic> leaves(RecorderLog log) {
        String name = log.file().getFileName().toString();
        return log.leaves().stream().distinct().map(code -> Diagnostic.of(Code.RECORDER_LEFT,
                        "the recorder left the channel with code " + code.describe() + " (" + name + ")")
                .severity(code.isInitFailure() ? Severity.WARNING : Severity.INFO)
                .hint(code.isInitFailure() ? INIT_FAILURE_HINT : null)
                .file(name).build()).toList();
    }
}
