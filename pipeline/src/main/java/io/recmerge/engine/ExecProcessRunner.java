package io.recmerge.engine;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecuteResultHandler;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.Executor;
import org.apache.commons.exec.environment.EnvironmentUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ProcessRunner} on commons-exec: argument lists straight to exec (no shell), stderr to a
 * per-job log plus a tail kept for failure messages, progress from stdout, a time limit, and a
 * graceful stop: "q" on stdin first (ffmpeg then finishes the file properly), destroy after a grace.
 */
public final class ExecProcessRunner implements ProcessRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExecProcessRunner.class);
    static final Duration GRACE = Duration.ofSeconds(5);
    private static final int TAIL_LINES = 20;

    private final Engine engine;
    private final Set<RunningProcess> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public ExecProcessRunner(Engine engine) {
        this.engine = engine;
    }

    @Override
    public RunResult run(FfmpegCommand command, RunOptions options) throws ProcessFailedException {
        if (stopping) {
            throw new ProcessFailedException(command, ProcessFailedException.Reason.CANCELLED, -1, List.of());
        }
        LOG.debug("run: {}", command.display());
        Instant start = Instant.now();
        StdoutSink stdout = new StdoutSink(options.progress());
        StderrSink stderr = new StderrSink(options.stderrLog(), TAIL_LINES);
        ProcessFailedException.Reason failure;
        int exit;
        try (stdout; stderr) {
            RunningProcess process = start(command, stdout, stderr);
            running.add(process);
            try {
                failure = process.await(options.timeout());
            } finally {
                running.remove(process);
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw new ProcessFailedException(command, ProcessFailedException.Reason.START_FAILED, -1,
                    List.of(String.valueOf(e.getMessage())));
        }
        if (failure == null && exit != 0 && stderr.tail().stream().anyMatch(ExecProcessRunner::signalled)) {
            // ffmpeg got SIGINT/SIGTERM itself (Ctrl-C reaches the whole process group, or a
            // container stop): the user is stopping the run, and nothing new should start.
            stopping = true;
            failure = ProcessFailedException.Reason.CANCELLED;
        }
        if (failure == null && exit != 0) {
            failure = exit == Executor.INVALID_EXITVALUE
                    ? ProcessFailedException.Reason.START_FAILED : ProcessFailedException.Reason.EXIT_CODE;
        }
        if (failure != null) {
            throw new ProcessFailedException(command, failure, exit, stderr.tail());
        }
        return new RunResult(stdout.captured(), stderr.tail(), Duration.between(start, Instant.now()));
    }

    private RunningProcess start(FfmpegCommand command, StdoutSink stdout, StderrSink stderr) throws IOException {
        CommandLine line = ParentDeath.wrap(engine.executable(command.tool()).toString());
        // handleQuoting=false: the argument reaches ffmpeg byte for byte (filter graphs quote themselves).
        command.args().forEach(arg -> line.addArgument(arg, false));
        StdinKeepingStreamHandler streams = new StdinKeepingStreamHandler(stdout, stderr);
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder()
                .setTimeout(ExecuteWatchdog.INFINITE_TIMEOUT_DURATION).get();
        DefaultExecutor executor = DefaultExecutor.builder().setExecuteStreamHandler(streams).get();
        executor.setWatchdog(watchdog);
        executor.setExitValues(null); // every exit code is a result; we judge it above
        DefaultExecuteResultHandler result = new DefaultExecuteResultHandler();
        executor.execute(line, environment(), result);
        return new RunningProcess(streams, watchdog, result);
    }

    private Map<String, String> environment() throws IOException {
        Map<String, String> env = new HashMap<>(EnvironmentUtils.getProcEnvironment());
        env.putAll(engine.environment());
        return env;
    }

    /** ffmpeg's last words when a signal ended it: "Exiting normally, received signal 2." */
    private static boolean signalled(String line) {
        return line.contains("received signal 2") || line.contains("received signal 15");
    }

    @Override
    public void stopAll() {
        stopping = true;
        // In parallel: each graceful stop may wait its grace period, a batch runs several.
        running.parallelStream().forEach(RunningProcess::stopGracefully);
    }

    @Override
    public boolean stopped() {
        return stopping;
    }
}
