package io.recmerge.probe;

import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import io.recmerge.container.Mp4Boxes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One media file a metadata file names: may it be opened at all (a plain, non-empty file of a
 * known kind inside the session folder), is an MP4 complete, what does ffprobe say, does it decode.
 * Every "no" is a diagnostic; nothing here throws for bad content.
 */
final class FileExaminer {

    static final Set<String> MEDIA_EXTENSIONS = Set.of("aac", "m4a", "mp4", "webm", "ts", "mkv", "mov");
    private static final Set<String> MP4_EXTENSIONS = Set.of("mp4", "m4a", "mov");

    private final Prober prober;
    private final DecodeCheck decoder;
    private final TimestampJumps jumps;

    FileExaminer(Prober prober, DecodeCheck decoder) {
        this.prober = prober;
        this.decoder = decoder;
        this.jumps = new TimestampJumps(prober.runner());
    }

    /** @param diagnostics why the file cannot be used, or notes about a usable one */
    record Examined(Optional<MediaFacts> facts, List<Diagnostic> diagnostics) {
        Examined {
            diagnostics = List.copyOf(diagnostics);
        }

        boolean usable() {
            return facts.isPresent();
        }

        Optional<Code> refusal() {
            return usable() || diagnostics.isEmpty() ? Optional.empty() : Optional.of(diagnostics.get(0).code());
        }
    }

    Examined examine(Path dir, String name, String uid) {
        Path file = dir.resolve(name);
        try {
            Optional<Diagnostic> refused = refusal(dir, name, file, uid);
            return refused.isPresent() ? refused(refused.get()) : probeAndDecode(file, name, uid);
        } catch (IOException e) {
            return refused(diagnostic(Code.MEDIA_MISSING, "cannot read " + name + ": " + e.getMessage(), name, uid));
        }
    }

    /** Empty when the file may be opened by ffprobe, else the reason it may not. */
    private static Optional<Diagnostic> refusal(Path dir, String name, Path file, String uid) throws IOException {
        String ext = extension(name);
        if (!MEDIA_EXTENSIONS.contains(ext)) {
            return Optional.of(diagnostic(Code.MEDIA_UNSUPPORTED, name + ": '." + ext
                    + "' is not a media file recmerge reads", name, uid));
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(diagnostic(Code.MEDIA_MISSING, name + " is named in the metadata but is not in the "
                    + "folder", name, uid));
        }
        if (!file.toRealPath().startsWith(dir.toRealPath())) {
            return Optional.of(diagnostic(Code.METADATA_HOSTILE_NAME, name + " links outside the session folder; "
                    + "it was not opened", name, uid));
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of(diagnostic(Code.MEDIA_UNSUPPORTED, name + " is not a regular file", name, uid));
        }
        if (Files.size(file) == 0) {
            String track = ext.equals("aac") || ext.equals("m4a") ? "audio" : "video";
            return Optional.of(diagnostic(Code.MEDIA_EMPTY, name + " has size 0 (the recorder wrote no " + track
                    + " into it) and was skipped", name, uid));
        }
        return MP4_EXTENSIONS.contains(ext) ? missingIndex(file, name, uid) : Optional.empty();
    }

    /**
     * A recorder that dies while writing an MP4 leaves {@code ftyp} and {@code mdat} but never
     * writes the index ({@code moov}) it appends on close. ffprobe would only say "moov atom not
     * found"; naming the cause lets the user repair it. A file that does not even start like an
     * MP4 is left to ffprobe, whose message is then the better one.
     */
    private static Optional<Diagnostic> missingIndex(Path file, String name, String uid) throws IOException {
        List<String> boxes = Mp4Boxes.topLevel(file);
        if (boxes.isEmpty() || !boxes.get(0).equals("ftyp") || boxes.contains("moov")) {
            return Optional.empty();
        }
        return Optional.of(diagnostic(Code.MP4_INDEX_MISSING, name + " has no index (no moov box; top-level boxes "
                + boxes.subList(0, Math.min(boxes.size(), 6)) + "): the recorder stopped before it finished the file",
                name, uid));
    }

    private Examined probeAndDecode(Path file, String name, String uid) {
        MediaFacts facts;
        try {
            facts = prober.probe(file);
        } catch (Prober.ProbeException e) {
            return refused(diagnostic(Code.PROBE_FAILED, "ffprobe cannot read " + name + ": " + e.getMessage(), name,
                    uid));
        }
        if (facts.firstAudio().isEmpty() && facts.firstVideo().isEmpty()) {
            return new Examined(Optional.of(facts), List.of()); // the timeline reports a file without streams
        }
        FileNotes.Noted noted = FileNotes.of(file, name, uid, facts, jumps);
        MediaFacts used = noted.facts();
        List<Diagnostic> notes = noted.notes();
        DecodeCheck.Result decoded = decoder.check(file, facts.duration().orElse(0), noted.expectedDecoderMessages());
        switch (decoded.status()) {
            case UNDECODABLE:
                return refused(diagnostic(Code.UNDECODABLE_MEDIA, name + " does not decode: " + decoded.detail()
                        + "; it was not used", name, uid));
            case ERRORS:
                List<Diagnostic> all = new java.util.ArrayList<>(notes);
                all.add(diagnostic(Code.DECODE_ERRORS, name + ": " + decoded.detail() + "; the file was used", name,
                        uid));
                return new Examined(Optional.of(used), all);
            default:
                return new Examined(Optional.of(used), notes);
        }
    }

    static String extension(String name) {
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static Examined refused(Diagnostic why) {
        return new Examined(Optional.empty(), List.of(why));
    }

    private static Diagnostic diagnostic(Code code, String message, String file, String uid) {
        return Diagnostic.of(code, message).uid(uid).file(file).build();
    }
}
