package io.recmerge.diag;

/** How bad a diagnostic is: {@code error} means an output (or part of one) was lost. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
