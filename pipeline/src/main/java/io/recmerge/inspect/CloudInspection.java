package io.recmerge.inspect;

import io.recmerge.report.Manifest;
import java.util.List;
import java.util.Optional;

/**
 * What {@code recmerge inspect} reports for an Agora Cloud Recording folder: per recording (the
 * files sharing one {@code <sid>_<cname>}) its clock, whether it ended, each user's tracks as the
 * playlists and slices say, and the segments with the outputs {@code convert} would write. Times are
 * seconds on the recording's clock (zero = its earliest slice UTC, as in manifest.json). The
 * diagnostics are the list {@code convert} writes into manifest.json.
 *
 * @param format always "agora-cloud": what a reader of the JSON tells it from an on-premise inspection by
 */
public record CloudInspection(Manifest.Session session, String format, List<Recording> recordings,
                              List<Manifest.DiagnosticEntry> diagnostics) {

    public static final String FORMAT = "agora-cloud";

    /**
     * @param zeroUtc the clock's zero, ISO-8601 UTC
     * @param state "finished" (every track's last playlist has #EXT-X-ENDLIST) or "unfinished"
     * @param idleSeconds how long none of the recording's files has changed
     * @param unfinishedPlaylists the last playlists without #EXT-X-ENDLIST
     */
    public record Recording(String key, String sid, String cname, String zeroUtc, String state,
                            Optional<Long> idleSeconds, List<String> unfinishedPlaylists, List<User> users) { }

    /** @param uid empty in composite mode (one mixed track) */
    public record User(String uid, List<Track> tracks, List<Segment> segments) { }

    /**
     * One track as read: what is there ({@code slices}, {@code seconds}, {@code bytes}) and what is not.
     *
     * @param type audio, video or mixed
     * @param containers the slices' containers (ts, webm)
     * @param codecs what the probe found in the joined slices
     * @param sizes the video's frame sizes, as probed
     * @param start the first slice's start
     * @param end where the last slice ends
     */
    public record Track(String type, List<String> containers, List<String> codecs, List<String> sizes, int slices,
                        double seconds, long bytes, double start, double end, List<PlaylistRead> playlists,
                        List<Run> runs, List<Event> events, List<Missing> missing, List<Rotation> rotations) { }

    /**
     * A playlist of the track's chain, and the upload-failure copies of it that were not read.
     *
     * @param recorder "first" or "bak<n>" (a failover's recorder)
     * @param chosenBecause why this copy was read when there were several; empty when there was one
     */
    public record PlaylistRead(String file, String recorder, int slices, double seconds, boolean ended,
                               Optional<String> chosenBecause, List<Copy> notRead) { }

    /** @param why why it lost to the copy that was read */
    public record Copy(String file, int slices, double seconds, boolean ended, String why) { }

    /**
     * Slices joined into one piece (no hole, START, discontinuity or failover between them).
     *
     * @param opens "first", "start" (a START event), "failover" or "continues" (after a hole or a missing slice)
     */
    public record Run(double start, double end, int slices, String opens) { }

    /**
     * Something the playlists say happened to the track.
     *
     * @param kind start, discontinuity, failover, missing or hole
     * @param seconds a hole's length, a missing slice's #EXTINF; 0 for the others
     */
    public record Event(String kind, double at, double seconds, String detail) { }

    /**
     * A slice the playlist names but the folder does not have (or has empty).
     *
     * @param problem "not in the folder", "empty (0 bytes)" or "unreadable (...)"
     * @param seconds what it would have held (its #EXTINF)
     * @param output the output that shows a hole there
     */
    public record Missing(String file, String playlist, int line, String problem, double at, double seconds,
                          Optional<String> output) { }

    /**
     * An {@code #EXT-X-AGORA-ROTATE}.
     *
     * @param degrees ROTATE as tagged (the video's anticlockwise rotation)
     * @param clockwise the turn applied to make the picture upright
     */
    public record Rotation(double at, String utc, int degrees, int clockwise, int width, int height) { }

    /**
     * A stretch between START events after the user had no media (the cloud's user session), and its output.
     */
    public record Segment(int index, double start, double end, int audioRuns, int videoRuns,
                          Optional<Inspection.PlannedOutput> output) { }
}
