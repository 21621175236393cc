package io.recmerge.cloud;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the media of a run of MPEG-TS slices as the pipeline reads on-premise files: the AAC
 * audio as one ADTS stream (the payload of its PES units: ADTS frames, exactly as a recorder's
 * .aac holds them, so its length is counted in frames, not estimated from a TS), and the video as
 * an MPEG-TS of the video stream alone (a PMT that lists only it), from a given packet on.
 */
final class TsWriter {

    private TsWriter() {
    }

    /** The ADTS frames of every slice's AAC stream, one after another. */
    static void adts(List<Path> slices, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            for (Path slice : slices) {
                TsPackets.read(slice, (pid, type, pts, payload, first) -> {
                    if (type == TsPackets.AAC_ADTS) {
                        write(out, payload);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The video stream of {@code slices} from packet {@code fromPacket} of slice {@code fromSlice}
     * on (earlier slices are left out): every PAT, every PMT (listing only video), the video packets.
     */
    static void video(List<Path> slices, int fromSlice, long fromPacket, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            for (int i = fromSlice; i < slices.size(); i++) {
                long from = i == fromSlice ? fromPacket : 0;
                TsPackets.read(slices.get(i), (pid, type, pts, payload, first) -> { }, (p, index, pid, type) -> {
                    if (type == TsPackets.PAT) {
                        out.write(p);
                    } else if (type == TsPackets.PMT) {
                        out.write(TsPackets.pmtKeeping(p, TsPackets::isVideo));
                    } else if (TsPackets.isVideo(type) && index >= from) {
                        out.write(p);
                    }
                }, Long.MAX_VALUE);
            }
        }
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
