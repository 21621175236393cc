package io.recmerge.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.exec.CommandLine;

/**
 * ffmpeg must not outlive recmerge: after a kill -9 of the JVM nobody would stop it, and it would
 * go on writing a hidden temp file nobody renames. Linux can send a child a signal when its parent
 * dies (prctl PR_SET_PDEATHSIG); Java cannot set it between fork and exec, so the child is started
 * through util-linux's {@code setpriv --pdeathsig KILL --}, which sets it and then execs ffmpeg
 * (no shell, the argument list is passed through unchanged). The signal fires when the thread that
 * started the child ends; commons-exec starts it on a thread that waits for it, so that is the
 * process's end. Where setpriv is missing the child is started directly.
 */
final class ParentDeath {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");
    private static final boolean AVAILABLE = Files.isExecutable(SETPRIV)
            && !"0".equals(System.getenv("RECMERGE_PDEATHSIG"));

    private ParentDeath() {
    }

    static CommandLine wrap(String executable) {
        if (!AVAILABLE) {
            return new CommandLine(executable);
        }
        CommandLine line = new CommandLine(SETPRIV.toString());
        line.addArgument("--pdeathsig", false);
        line.addArgument("KILL", false);
        line.addArgument("--", false);
        line.addArgument(executable, false);
        return line;
    }

}
