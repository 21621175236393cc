package io.recmerge.probe;

import io.recmerge.container.AnnexB;
import io.recmerge.diag.Code;
import io.recmerge.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a probed file's bytes and packets add to what ffprobe said: H.264 in Annex B form inside
 * an MP4 (the SDK 2.x recorder's; its decoder complaints are then expected), damaged stretches of
 * an ADTS file, jumps in the video timestamps. Each is a note (a diagnostic) and, where the plan
 * must act on it, a mark on the facts.
 */
final class FileNotes {

    private FileNotes() {
    }

    /** @param expectedDecoderMessages decoder messages the file's quirk explains, not held against it */
    record Noted(MediaFacts facts, List<Diagnostic> notes, List<String> expectedDecoderMessages) {
        Noted {
            notes = List.copyOf(notes);
            expectedDecoderMessages = List.copyOf(expectedDecoderMessages);
        }
    }

    static Noted of(Path file, String name, String uid, MediaFacts facts, TimestampJumps jumps) {
        Optional<Diagnostic> annexB = annexB(file, name, uid, facts);
        MediaFacts used = annexB.isPresent() ? facts.withAnnexBVideo() : facts;
        List<Diagnostic> notes = new ArrayList<>(annexB.stream().toList());
        Optional<AdtsDamage.Found> damage = facts.formatIs("aac") ? AdtsDamage.examine(file, name, uid)
                : Optional.empty();
        if (damage.isPresent()) {
            used = used.withAdtsDamage(damage.get().scan());
            notes.addAll(damage.get().diagnostics());
        }
        if (facts.firstVideo().isPresent()) {
            jumps.check(file, name, uid).ifPresent(notes::add);
        }
        return new Noted(used, notes, annexB.isPresent() ? ANNEXB_DECODER_MESSAGES : List.of());
    }

    /** What the h264 decoder says about every packet of an Annex B stream in MP4: the quirk, not damage. */
    static final List<String> ANNEXB_DECODER_MESSAGES = List.of("Invalid NAL unit size",
            "missing picture in access unit", "Error splitting the input into NAL units");

    /** An H.264 MP4 whose samples hold start codes (the SDK 2.x recorder's), checked on its first samples. */
    private static Optional<Diagnostic> annexB(Path file, String name, String uid, MediaFacts facts) {
        boolean h264Mp4 = facts.formatIs("mp4") && facts.firstVideo().map(v -> "h264".equals(v.codec())).orElse(false);
        try {
            Optional<AnnexB.Finding> found = h264Mp4 ? AnnexB.inMp4(file) : Optional.empty();
            return found.filter(AnnexB.Finding::detected).map(f -> Diagnostic.of(Code.ANNEXB_IN_MP4, String.format(
                    Locale.ROOT, "%s stores its H.264 in Annex B form (start codes 00 00 00 01 instead of NAL lengths "
                            + "in all %d samples checked) inside an avc1 track; its packets are rewrapped for the copy",
                    name, f.checked())).uid(uid).file(name).build());
        } catch (IOException e) {
            return Optional.empty(); // unreadable bytes: ffprobe already read the file; the copy will tell
        }
    }
}
