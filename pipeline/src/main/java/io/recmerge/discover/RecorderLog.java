package io.recmerge.discover;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code recording_sys.log} says about how the recording ended (recording FAQ): the leave
 * codes, and whether a media file writer was opened without the destructor that follows when the
 * recorder finishes a file, the FAQ's crash signature ({@code MediaFile} without {@code ~MediaFile}).
 * The writer class differs by SDK version: {@code MediaFile}, and {@code LegacyMediaFile} in the 2.x
 * recorder, which logs {@code LegacyMediaFile::createMP4File}, {@code LegacyMediaFile::closeMP4File}
 * and at the end {@code media_file_legacy.cpp:76: ~LegacyMediaFile}. Only the lifecycle lines of a
 * writer count (constructor {@code X::X}, {@code X::create…}, destructor {@code ~X}); its other
 * method lines (writes, closes of one track) are neither an open nor an end.
 *
 * @param leaves every leave code ("leave channel with code:N" or "leave path code N"), in log order
 * @param mediaFileLines writer opens (constructor or {@code create…} lines)
 * @param closedLines writer destructor lines
 * @param lastIsClose whether every writer class that was opened ends with its destructor
 * @param openWriters the writer classes whose last lifecycle line is an open, in first-seen order
 */
public record RecorderLog(Path file, List<LeaveCode> leaves, int mediaFileLines, int closedLines,
                          boolean lastIsClose, List<String> openWriters) {

    /** Longer lines are cut: no log line the facts come from is anywhere near this long. */
    static final int MAX_LINE = 4096;
    /** Both forms: "leave channel with code:12" and the 2.x recorder's "..., leave path code 18". */
    private static final Pattern LEAVE = Pattern.compile(
            "leave (?:channel with code\\s*:?|path code\\s*:?)\\s*(\\d{1,18})(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** {@code X::X} (constructor) or {@code X::createMP4File} and the like, for a writer class {@code X}. */
    private static final Pattern OPEN = Pattern.compile("\\b(\\w*MediaFile)::(?:\\1\\b|create\\w*)");
    private static final Pattern DESTRUCTOR = Pattern.compile("~(\\w*MediaFile)\\b");

    public RecorderLog {
        leaves = List.copyOf(leaves);
        openWriters = List.copyOf(openWriters);
    }

    /** A writer that was opened and never destroyed: none was, or the last one opened was not. */
    public boolean hasCrashSignature() {
        return !openWriters.isEmpty();
    }

    /** "MediaFile" or "LegacyMediaFile, MediaFile": the classes named in the crash sign. */
    public String openWriterNames() {
        return String.join(", ", openWriters);
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
        List<String> open = tally.lastIsClose.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .toList();
        return new RecorderLog(file, tally.leaves, tally.opened, tally.closed, open.isEmpty(), open);
    }

    /** The running counts while the log is read. */
    private static final class Tally {
        final List<LeaveCode> leaves = new ArrayList<>();
        /** Per writer class: is its last lifecycle line a destructor? */
        final Map<String, Boolean> lastIsClose = new LinkedHashMap<>();
        int opened;
        int closed;

        void accept(CharSequence text) {
            String line = text.toString();
            Matcher m = LEAVE.matcher(line);
            if (m.find()) {
                leaves.add(new LeaveCode(Long.parseLong(m.group(1))));
            }
            Matcher end = DESTRUCTOR.matcher(line);
            if (end.find()) {
                closed++;
                lastIsClose.put(end.group(1), true);
                return;
            }
            Matcher open = OPEN.matcher(line);
            if (open.find()) {
                opened++;
                lastIsClose.put(open.group(1), false);
            }
        }
    }
}
