package io.recmerge.metadata;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code uid_<uid>_<stamp>.txt} (docs/input-format.md): {@code <seconds> <file> <event> [key=value ...] [flags]}.
 * Lenient by contract: a line it cannot use becomes a diagnostic and the rest of the file is still
 * used. It never throws for bad content.
 */
public final class MetadataParser {

    /** Far larger than any real metadata file (a few KB); bounds memory for a hostile one. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** The visible file or the recorder's hidden crash-recovery copy (leading dot). */
    private static final Pattern NAME = Pattern.compile("\\.?uid_(.+?)_(.+)\\.txt");
    private static final Pattern LEADING_TIME = Pattern.compile("^\\s*(\\S+)");

    private MetadataParser() {
    }

    /**
     * Reads and parses a metadata file; an unreadable file gives a file with one diagnostic. When
     * the file yields no event (a crash left it empty) and the recorder's hidden copy
     * {@code .uid_….txt} beside it has events, the copy is used, under the visible file's name.
     */
    public static MetadataFile parse(Path file) {
        if (HiddenCopy.isCopy(file)) {
            return HiddenCopy.orphan(parseOne(file));
        }
        MetadataFile parsed = parseOne(file);
        if (!parsed.events().isEmpty()) {
            return parsed;
        }
        return HiddenCopy.of(file).map(copy -> HiddenCopy.use(parsed, parseOne(copy))).orElse(parsed);
    }

    private static MetadataFile parseOne(Path file) {
        String name = file.getFileName().toString();
        Matcher m = NAME.matcher(name);
        String uid = m.matches() ? m.group(1) : name;
        String stamp = m.matches() ? m.group(2) : "";
        try {
            return parse(file, uid, stamp, read(file));
        } catch (IOException e) {
            Diagnostic d = Diagnostic.of(Code.METADATA_UNREADABLE, "cannot read " + name + ": " + e.getMessage())
                    .uid(uid).file(name).build();
            return new MetadataFile(file, uid, stamp, List.of(), List.of(d));
        }
    }

    private static String read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not text: " + e.getMessage(), e);
        }
    }

    /** Pure parse of the text; {@code file} only names the source in diagnostics. */
    public static MetadataFile parse(Path file, String uid, String stamp, String text) {
        LineParser lines = new LineParser(uid, file.getFileName().toString());
        // A byte-order mark (an editor on another system saved the file) is not part of the first time.
        String[] rows = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            lines.accept(i + 1, rows[i]);
        }
        List<MetadataEvent> events = new ArrayList<>(lines.events);
        if (lines.outOfOrder.isPresent()) {
            // Stable sort: events at the same time keep their written order (create before info).
            events.sort(Comparator.comparingDouble(MetadataEvent::time));
        }
        if (events.isEmpty() && text.isBlank()) {
            lines.diagnostics.add(Diagnostic.of(Code.METADATA_EMPTY, lines.source + " is empty")
                    .uid(uid).file(lines.source).build());
        }
        return new MetadataFile(file, uid, stamp, events, lines.diagnostics);
    }

    /** Session breaks have no file field; they take a leading time if there is one. */
    static Optional<Double> leadingTime(String line) {
        Matcher m = LEADING_TIME.matcher(line);
        return m.find() ? Values.time(m.group(1)) : Optional.empty();
    }
}
