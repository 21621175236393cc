package io.recmerge.cli;

import picocli.CommandLine;

/** The version from the jar manifest (Maven writes it); "dev" when run from classes. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"recmerge " + current()};
    }
}
