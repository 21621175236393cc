package io.recmerge.cloud;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an Agora Cloud Recording file name says. Individual mode:
 * {@code [bak<n>_]<sid>_<cname>__uid_s_<uid>__uid_e_<audio|video>[_<tick>_<index>].m3u8} and slices
 * {@code ..._<utc>.ts|.webm}; composite mode: {@code [bak<n>_]<sid>_<cname>[_<tick>_<index>].m3u8}
 * and {@code <sid>_<cname>_<utc>.ts}. The sid has no underscore; a cname may.
 *
 * @param failover {@code n} of a {@code bak<n>_} prefix, empty for the first recorder
 * @param uid empty in composite mode
 * @param utc a slice's start (UTC), empty for playlists
 * @param copyIndex an upload-failure copy's {@code <index>}, empty for the plain playlist
 */
public record CloudName(String name, OptionalInt failover, String sid, String cname, Optional<String> uid,
                        TrackType type, Optional<Instant> utc, OptionalInt copyIndex, String extension) {

    private static final String BAK = "(?:bak(\\d{1,3})_)?";
    private static final String SID_CNAME = "([A-Za-z0-9-]+)_(.+?)";
    private static final String USER = "__uid_s_(.+?)__uid_e_(audio|video)";
    /** A tick is a time stamp: at least 10 digits, so a composite cname like {@code room_1_2} stays whole. */
    private static final String COPY = "(?:_(\\d{10,})_(\\d{1,6}))?";
    private static final Pattern INDIVIDUAL_PLAYLIST = Pattern.compile(BAK + SID_CNAME + USER + COPY + "\\.(m3u8)");
    private static final Pattern INDIVIDUAL_SLICE = Pattern.compile(BAK + SID_CNAME + USER + "_(\\d{17})\\.(ts|webm)");
    private static final Pattern COMPOSITE_PLAYLIST = Pattern.compile(BAK + SID_CNAME + COPY + "\\.(m3u8)");
    private static final Pattern COMPOSITE_SLICE = Pattern.compile(BAK + SID_CNAME + "_(\\d{17})\\.(ts|webm)");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    public boolean isPlaylist() {
        return extension.equals("m3u8");
    }

    /** What identifies the track: {@code <sid>_<cname>__uid_s_<uid>__uid_e_<type>}, or {@code <sid>_<cname>}. */
    public String trackKey() {
        return recordingKey() + uid.map(u -> "__uid_s_" + u + "__uid_e_" + type.label()).orElse("");
    }

    /** What the files of one recording share: {@code <sid>_<cname>}. */
    public String recordingKey() {
        return sid + "_" + cname;
    }

    /** Empty for names that are not a cloud playlist or slice (or a slice whose utc is not a date). */
    public static Optional<CloudName> parse(String name) {
        if (name.contains("/") || name.contains("\\")) {
            return Optional.empty();
        }
        Matcher m = INDIVIDUAL_PLAYLIST.matcher(name);
        if (m.matches()) {
            return Optional.of(new CloudName(name, number(m.group(1)), m.group(2), m.group(3),
                    Optional.of(m.group(4)), TrackType.ofName(m.group(5)), Optional.empty(), number(m.group(7)), "m3u8"));
        }
        Matcher s = INDIVIDUAL_SLICE.matcher(name);
        if (s.matches()) {
            return utc(s.group(6)).map(t -> new CloudName(name, number(s.group(1)), s.group(2), s.group(3),
                    Optional.of(s.group(4)), TrackType.ofName(s.group(5)), Optional.of(t), OptionalInt.empty(),
                    s.group(7)));
        }
        return composite(name);
    }

    private static Optional<CloudName> composite(String name) {
        if (name.contains("__uid_s_")) {
            return Optional.empty();
        }
        Matcher s = COMPOSITE_SLICE.matcher(name);
        if (s.matches()) {
            return utc(s.group(4)).map(t -> new CloudName(name, number(s.group(1)), s.group(2), s.group(3),
                    Optional.empty(), TrackType.MIXED, Optional.of(t), OptionalInt.empty(), s.group(5)));
        }
        Matcher m = COMPOSITE_PLAYLIST.matcher(name);
        if (m.matches()) {
            return Optional.of(new CloudName(name, number(m.group(1)), m.group(2), m.group(3), Optional.empty(),
                    TrackType.MIXED, Optional.empty(), number(m.group(5)), "m3u8"));
        }
        return Optional.empty();
    }

    /** {@code yyyyMMddHHmmssSSS}, UTC+0, as in slice names and the tags' TIME. */
    public static Optional<Instant> utc(String digits) {
        if (digits == null || !digits.matches("\\d{17}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(digits, UTC).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The inverse of {@link #utc(String)}. */
    public static String format(Instant instant) {
        return UTC.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static OptionalInt number(String digits) {
        return digits == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(digits));
    }
}
