package io.recmerge.cli;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Where human messages go: "recmerge: …" lines on stderr, or, with {@code --log-format json}, one
 * JSON object a line through SLF4J with the facts as key-value pairs (event, file, percent, …).
 */
final class Console {

    private static final Logger LOG = LoggerFactory.getLogger("io.recmerge.run");

    private final PrintStream err;
    private final boolean json;
    private final boolean terminal;

    Console(PrintStream err, boolean json, boolean terminal) {
        this.err = err;
        this.json = json;
        this.terminal = terminal && !json;
    }

    static Console of(PrintStream err, LogOptions log) {
        return new Console(err, log.json(), System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    /** A terminal that is redrawn in place; never in JSON mode. */
    boolean terminal() {
        return terminal;
    }

    PrintStream stream() {
        return err;
    }

    /** @param keyValues alternating keys and values, kept as JSON fields in json mode */
    void info(String text, Object... keyValues) {
        emit(false, text, keyValues);
    }

    void warn(String text, Object... keyValues) {
        emit(true, text, keyValues);
    }

    /** A diagnostic: its line and hint in text, one object with code, uid, file and hint in JSON. */
    void diagnostic(io.recmerge.diag.Diagnostic d) {
        String text = d.severity().label() + " " + d.code() + ": " + d.message();
        if (!json) {
            err.println("recmerge: " + text);
            err.println("          hint: " + d.hint());
            return;
        }
        emit(d.severity() != io.recmerge.diag.Severity.INFO, text, "event", "diagnostic", "code", d.code().name(),
                "severity", d.severity().label(), "uid", d.uid().orElse(""), "file", d.file().orElse(""),
                "hint", d.hint());
    }

    private void emit(boolean warning, String text, Object... keyValues) {
        if (!json) {
            err.println((terminal ? "\r\033[K" : "") + "recmerge: " + text);
            return;
        }
        LoggingEventBuilder event = (warning ? LOG.atWarn() : LOG.atInfo()).setMessage(text);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            event = event.addKeyValue(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        event.log();
    }
}
