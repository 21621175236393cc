package io.recmerge.cli;

import picocli.CommandLine;

/** The version from the jar manifest (Maven writes it); "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        return io.recmerge.report.ToolVersion.current();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"recmerge " + current()};
    }
}
