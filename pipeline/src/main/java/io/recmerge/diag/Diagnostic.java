package io.recmerge.diag;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a recording, with a stable code, where it was found, what failed and what
 * the user can do about it. Diagnostics are data: stages collect them instead of throwing.
 */
public record Diagnostic(Code code, Severity severity, Optional<String> uid, Optional<String> file,
                         String message, String hint) {

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        hint = hint == null || hint.isBlank() ? code.defaultHint() : hint;
    }

    public static Builder of(Code code, String message) {
        return new Builder(code, message);
    }

    /** Small fluent builder: most diagnostics name a uid or a file, few name both. */
    public static final class Builder {
        private final Code code;
        private final String message;
        private Severity severity;
        private String uid;
        private String file;
        private String hint;

        private Builder(Code code, String message) {
            this.code = code;
            this.message = message;
            this.severity = code.defaultSeverity();
        }

        public Builder uid(String value) { this.uid = value; return this; }
        public Builder file(String value) { this.file = value; return this; }
        public Builder hint(String value) { this.hint = value; return this; }
        public Builder severity(Severity value) { this.severity = value; return this; }

        public Diagnostic build() {
            return new Diagnostic(code, severity, Optional.ofNullable(uid), Optional.ofNullable(file),
                    message, hint);
        }
    }
}
