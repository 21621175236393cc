package io.recmerge.discover;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code recording_sys.log} says about how the recording ended (recording FAQ): the leave
 * codes, and whether a {@code MediaFile} was opened without the {@code ~MediaFile} (destructor)
 * that follows when the recorder finishes a file, the FAQ's crash signature.
 *
 * @param leaves every "leave channel with code:N", in log order
 * @param mediaFileLines lines naming {@code MediaFile} but not {@code ~MediaFile}
 * @param closedLines lines naming {@code ~MediaFile}
 * @param lastIsClose whether the last line naming either is a {@code ~MediaFile} line
 */
public record RecorderLog(Path file, List<LeaveCode> leaves, int mediaFileLines, int closedLines,
                          boolean lastIsClose) {

    /** Longer lines are cut: no log line the facts come from is anywhere near this long. */
    static final int MAX_LINE = 4096;
    private static final Pattern LEAVE = Pattern.compile("leave channel with code\\s*:?\\s*(\\d{1,18})(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    public RecorderLog {
        leaves = List.copyOf(leaves);
    }

    /**
     * A MediaFile that was never destroyed: none was, or the last one mentioned was not. Lines like
     * {@code MediaFile::~MediaFile} count as closes (they name the destructor).
     */
    public boolean hasCrashSignature() {
        return mediaFileLines > 0 && (closedLines == 0 || !lastIsClose);
    }

    /** Reads the whole log leniently: any bytes (ISO-8859-1 never fails), overlong lines cut. */
    public static RecorderLog read(Path file) throws IOException {
        Tally tally = new Tally();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            StringBuilder line = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        tally.accept(line);
                        line.setLength(0);
                    } else if (line.length() < MAX_LINE) {
                        line.append(buffer[i]);
                    }
                }
            }
            tally.accept(line);
        }
        return new RecorderLog(file, tally.leaves, tally.opened, tally.closed, tally.lastIsClose);
    }

    /** The running counts while the log is read. */
    private static final class Tally {
        final List<LeaveCode> leaves = new ArrayList<>();
        int opened;
        int closed;
        boolean lastIsClose;

        void accept(CharSequence text) {
            String line = text.toString();
            Matcher m = LEAVE.matcher(line);
            if (m.find()) {
                leaves.add(new LeaveCode(Long.parseLong(m.group(1))));
            }
            if (line.contains("~MediaFile")) {
                closed++;
                lastIsClose = true;
            } else if (line.contains("MediaFile")) {
                opened++;
                lastIsClose = false;
            }
        }
    }
}
