package io.recmerge.report;

/** recmerge's version from the jar manifest (Maven writes it); "dev" when run from classes. */
public final class ToolVersion {

    private ToolVersion() {
    }

    public static String current() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
