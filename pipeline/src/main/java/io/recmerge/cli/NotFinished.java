package io.recmerge.cli;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.report.SessionResult;
import java.util.Optional;

/** Exit 4's sentence: not finished, or crashed (with the signs), and only the advice not yet taken. */
final class NotFinished {

    private NotFinished() {
    }

    static String sentence(SessionResult result, boolean waited) {
        String head = Paths.shown(result.folder().dir()) + " has no recording2-done.txt"
                + (waited ? " after the wait" : "") + ": the recording is not finished, or the recorder crashed.";
        String left = message(result, Code.RECORDER_LEFT).map(m -> " " + capitalized(m) + ".").orElse("");
        Optional<String> crash = message(result, Code.RECORDING_CRASHED);
        String advice = crash.isPresent()
                ? " If the recorder is no longer running, --force converts what is there (missing close lines are "
                        + "taken from the media, .ts files are read directly)" + (waited ? "." : "; --wait waits for the marker.")
                : waited ? " If the recorder is no longer running, --force converts what is there."
                        : " Use --wait to wait for it, or --force to convert what is there.";
        return head + crash.map(signs -> " It shows " + signs + ".").orElse("") + left + advice;
    }

    private static Optional<String> message(SessionResult result, Code code) {
        return result.diagnostics().stream().filter(d -> d.code() == code).map(Diagnostic::message).findFirst();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
