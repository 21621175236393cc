package io.recmerge.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.commons.exec.LogOutputStream;

/** A process's stderr: appended to the job's log file, the last lines kept for error messages. */
final class StderrSink extends LogOutputStream {

    private final BufferedWriter log;
    private final int keep;
    private final Deque<String> tail = new ArrayDeque<>();

    StderrSink(Optional<Path> logFile, int keep) {
        super(0, StandardCharsets.UTF_8);
        this.keep = keep;
        this.log = logFile.map(StderrSink::open).orElse(null);
    }

    private static BufferedWriter open(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ffmpeg log " + file, e);
        }
    }

    @Override
    protected synchronized void processLine(String line, int level) {
        if (tail.size() == keep) {
            tail.removeFirst();
        }
        tail.addLast(line);
        if (log != null) {
            try {
                log.write(line);
                log.newLine();
            } catch (IOException ignored) {
                // A full disk shows up again when the output is written; the tail still has the line.
            }
        }
    }

    synchronized List<String> tail() {
        return List.copyOf(tail);
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (log != null) {
            log.close();
        }
    }
}
