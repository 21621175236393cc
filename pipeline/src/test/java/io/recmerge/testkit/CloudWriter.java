package io.recmerge.testkit;

import io.recmerge.testkit.CloudFolder.Slice;
import io.recmerge.testkit.CloudFolder.SliceState;
import io.recmerge.testkit.CloudFolder.Spec;
import io.recmerge.testkit.CloudUser.FaultKind;
import io.recmerge.testkit.CloudUser.Track;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a {@link CloudFolder} cache entry: the recording folder ({@code rec/}: slices and
 * playlists) and beside it {@code slices.tsv}, the truth about every slice (where it starts, what
 * became of it), so a cached folder has the same truth as a fresh one.
 */
final class CloudWriter {

    /** Bump when the slicing or the playlists change, so stale cache entries are not reused. */
    static final String VERSION = "1";

    /** Timestamp origins of the slices: arbitrary, and different per track and stretch. */
    private static final double AUDIO_TS = 10;
    private static final double VIDEO_TS = 40;
    private static final double STRETCH_TS = 30;

    private CloudWriter() {
    }

    static void write(Spec spec, Path entry) {
        GeneratedSession sources = RecordingFactory.cached(CloudMedia.sources(spec));
        Path rec = entry.resolve(CloudFolder.FOLDER);
        Path scratch = entry.resolve(".cut");
        List<Slice> all = new ArrayList<>();
        try {
            Files.createDirectories(rec);
            for (CloudUser u : spec.users()) {
                if (spec.composite()) {
                    all.addAll(track(spec, u, Track.MIXED, sources, rec, scratch));
                    continue;
                }
                all.addAll(track(spec, u, Track.AUDIO, sources, rec, scratch));
                if (u.video().isPresent()) {
                    all.addAll(track(spec, u, Track.VIDEO, sources, rec, scratch));
                }
            }
            writeSlices(all, entry.resolve(CloudFolder.SLICE_LIST));
            deleteTree(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Pending(CloudSlicer.Cut cut, int stretch, double start) { }

    private static List<Slice> track(Spec spec, CloudUser u, Track track, GeneratedSession sources, Path rec,
                                     Path scratch) throws IOException {
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < u.stretches().size(); i++) {
            Path dir = scratch.resolve(u.uid() + "-" + track.label() + "-" + i);
            double offset = (track == Track.VIDEO ? VIDEO_TS : AUDIO_TS) + STRETCH_TS * i;
            AudioSpec a = CloudMedia.audio(u, i);
            Optional<VideoSpec> v = CloudMedia.video(u, i);
            double origin = track == Track.VIDEO ? v.orElseThrow().info() : a.create();
            for (CloudSlicer.Cut c : cuts(spec, u, track, sources, a, v, dir, offset)) {
                pending.add(new Pending(c, i, Times.ms(origin + c.start())));
            }
        }
        return place(spec, u, track, pending, rec);
    }

    private static List<CloudSlicer.Cut> cuts(Spec spec, CloudUser u, Track track, GeneratedSession sources,
                                              AudioSpec a, Optional<VideoSpec> v, Path dir, double offset) {
        double slice = spec.sliceSeconds();
        return switch (track) {
            case AUDIO -> CloudSlicer.audio(sources.file(a.fileName()), dir, slice, a.duration(), offset);
            case MIXED -> CloudSlicer.composite(sources.file(a.fileName()), sources.file(v.orElseThrow().fileName()),
                    v.get().info() - a.create(), dir, slice, offset);
            case VIDEO -> v.get().container() == Container.WEBM_VP8
                    ? CloudSlicer.vp8(sources.file(v.get().fileName()), dir, slice, offset)
                    : CloudSlicer.h264(sources.file(v.get().fileName()), dir, slice, u.forcedCuts().stream()
                            .filter(t -> t > v.get().info() && t < v.get().close()).map(t -> t - v.get().info())
                            .toList(), offset);
        };
    }

    /** Names each cut, applies the faults, copies what is there into the folder, writes the playlists. */
    private static List<Slice> place(Spec spec, CloudUser u, Track track, List<Pending> pending, Path rec)
            throws IOException {
        Optional<CloudUser.Fault> failover = u.faults().stream()
                .filter(f -> f.track() == track && f.kind() == FaultKind.FAILOVER).findFirst();
        List<Slice> out = new ArrayList<>();
        String base = CloudFolder.trackName(spec, u.uid(), track);
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            int from = failover.map(CloudUser.Fault::slice).orElse(Integer.MAX_VALUE);
            int recorder = i >= from ? 1 : 0;
            SliceState state = i >= from && i < from + failover.get().count() ? SliceState.LOST
                    : u.fault(track, i, p.start(), p.start() + p.cut().seconds()).map(f -> f.kind() == FaultKind.MISSING ? SliceState.MISSING
                            : f.kind() == FaultKind.EMPTY ? SliceState.EMPTY : SliceState.PRESENT)
                    .orElse(SliceState.PRESENT);
            String ext = p.cut().file().getFileName().toString().replaceFirst("^.*\\.", "");
            String name = (recorder == 1 ? "bak0_" : "") + base + "_"
                    + CloudFolder.utc(spec.zero().plusMillis(Math.round(p.start() * 1000))) + "." + ext;
            if (state == SliceState.PRESENT) {
                Files.copy(p.cut().file(), rec.resolve(name));
            } else if (state == SliceState.EMPTY) {
                Files.write(rec.resolve(name), new byte[0]);
            }
            out.add(new Slice(name, u.uid(), track, p.stretch(), p.start(), p.cut().seconds(), state,
                    p.cut().keyFrame(), recorder));
        }
        CloudPlaylists.write(spec, u, track, out, rec);
        return out;
    }

    private static void writeSlices(List<Slice> slices, Path file) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Slice x : slices) {
            s.append(String.join("\t", x.file(), x.uid(), x.track().name(), Integer.toString(x.stretch()),
                    Double.toString(x.start()), Double.toString(x.seconds()), x.state().name(),
                    Boolean.toString(x.keyFrame()), Integer.toString(x.recorder()))).append('\n');
        }
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    static List<Slice> readSlices(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(l -> {
                String[] f = l.split("\t");
                return new Slice(f[0], f[1], Track.valueOf(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), SliceState.valueOf(f[6]), Boolean.parseBoolean(f[7]),
                        Integer.parseInt(f[8]));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
