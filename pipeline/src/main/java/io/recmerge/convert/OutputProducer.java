package io.recmerge.convert;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.engine.ProcessFailedException;
import io.recmerge.plan.PlannedOutput;
import io.recmerge.render.SpaceCheck;
import io.recmerge.report.OutputOutcome;
import io.recmerge.verify.OutputFacts;
import io.recmerge.verify.VerificationException;
import io.recmerge.verify.VerifyDepth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Render, verify, rename into place: one output, all or nothing. */
final class OutputProducer {

    static final String LOG_DIR = "logs";

    private final Toolkit tools;
    private final ConvertListener listener;
    private final VerifyDepth verify;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    OutputProducer(Toolkit tools, ConvertListener listener, VerifyDepth verify) {
        this.tools = tools;
        this.listener = listener;
        this.verify = verify;
    }

    /**
     * Like {@link #produce(PlannedOutput, Path)}; when that fails and {@code fallback} offers another
     * plan of the same output (see {@link CopyFallback}), that one is tried, and on success the
     * first failure becomes a {@link Code#TRANSCODED_INSTEAD} warning. A run stopped by a signal is
     * not retried.
     */
    OutputOutcome produce(PlannedOutput out, Path outputDir, Supplier<Optional<PlannedOutput>> fallback) {
        OutputOutcome made = produce(out, outputDir);
        boolean retry = !made.fileWritten() && !tools.runner().stopped()
                && !(made instanceof OutputOutcome.Failed f && f.why().code() == Code.OUTPUT_NO_SPACE);
        Optional<PlannedOutput> again = retry ? fallback.get() : Optional.empty();
        if (again.isEmpty()) {
            return made;
        }
        Diagnostic first = diagnostics.remove(diagnostics.size() - 1);
        made = produce(again.get(), outputDir);
        if (made.fileWritten()) {
            diagnostics.add(Diagnostic.of(Code.TRANSCODED_INSTEAD, first.message() + "; made again by transcoding")
                    .uid(out.uid()).file(out.fileName()).build());
        }
        return made;
    }

    OutputOutcome produce(PlannedOutput out, Path outputDir) {
        Optional<String> noRoom = SpaceCheck.shortfall(out);
        if (noRoom.isPresent()) {
            return fail(out, Code.OUTPUT_NO_SPACE, noRoom.get());
        }
        Path log = outputDir.resolve(LOG_DIR).resolve(out.fileName() + ".log");
        try {
            Files.createDirectories(log.getParent());
            Duration elapsed = tools.renderer().render(out, log, position -> listener.progress(out, position));
            OutputFacts facts = tools.verifier().verify(out, verify);
            Files.move(out.tempFile(), out.finalFile(), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            tools.partials().release(out.tempFile());
            diagnostics.addAll(new CompanionMaker(tools).make(out, log));
            listener.written(out, facts, elapsed);
            return new OutputOutcome.Written(out, facts, elapsed);
        } catch (ProcessFailedException e) {
            tools.partials().delete(out.tempFile()); // frees the space the log tail below may need
            keepTail(log, e.stderrTail());
            if (SpaceCheck.isNoSpace(e.stderrTail())) {
                return fail(out, Code.OUTPUT_NO_SPACE, SpaceCheck.afterFailure(out));
            }
            return fail(out, e.reason() == ProcessFailedException.Reason.TIMEOUT ? Code.RENDER_TIMEOUT
                    : Code.RENDER_FAILED, e.getMessage());
        } catch (VerificationException e) {
            return fail(out, Code.VERIFY_FAILED, e.getMessage());
        } catch (IOException e) {
            tools.partials().delete(out.tempFile());
            String cause = OutputFolder.cause(e);
            return fail(out, cause.startsWith("no space") ? Code.OUTPUT_NO_SPACE : Code.RENDER_FAILED,
                    cause.startsWith("no space") ? SpaceCheck.afterFailure(out)
                            : "cannot write " + out.finalFile() + ": " + cause);
        }
    }

    /**
     * A log that stayed empty (the disk was full while ffmpeg wrote it) gets ffmpeg's last lines,
     * kept in memory, once the failed output's temp file is gone.
     */
    private static void keepTail(Path log, List<String> tail) {
        try {
            if (!tail.isEmpty() && (!Files.exists(log) || Files.size(log) == 0)) {
                Files.write(log, tail);
            }
        } catch (IOException ignored) {
            // Still no room: the diagnostic carries the last line.
        }
    }

    private OutputOutcome fail(PlannedOutput out, Code code, String message) {
        tools.partials().delete(out.tempFile());
        Diagnostic d = Diagnostic.of(code, out.fileName() + ": " + message).uid(out.uid()).file(out.fileName()).build();
        diagnostics.add(d);
        if (!tools.runner().stopped()) {
            listener.failed(out, d);
        }
        return new OutputOutcome.Failed(out, d);
    }

    /** Why each failed output failed (and which were made again another way), in order. */
    List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
