package io.recmerge.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The encoder and muxer options a profile file may put on the ffmpeg command line. A profile's
 * option lists are appended to the output options unchanged, so a free list would let a profile
 * file add an input ({@code -i}), a second output, a protocol URL or another muxer. Only known
 * options are accepted, each as an option/value pair whose value matches a narrow pattern.
 */
final class ProfileOptions {

    /** Where an option list sits: the video encoder's, the audio encoder's, or the muxer's. */
    enum Scope {
        VIDEO("video.options"), AUDIO("audio.options"), MUXER("muxerOptions");

        private final String field;

        Scope(String field) {
            this.field = field;
        }
    }

    private static final Pattern INT = Pattern.compile("-?\\d{1,6}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,6}(\\.\\d{1,6})?");
    private static final Pattern RATE = Pattern.compile("\\d{1,9}(\\.\\d{1,3})?[kKM]?");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private static final Pattern LEVEL = Pattern.compile("\\d(\\.\\d)?|\\d{2}");
    /** x264/x265 parameter lists: key=value pairs joined by ':', values plain words or numbers. */
    private static final Pattern CODEC_PARAMS = Pattern.compile(
            "[a-z][a-z0-9_-]{0,31}=[A-Za-z0-9_.+-]{1,32}(:[a-z][a-z0-9_-]{0,31}=[A-Za-z0-9_.+-]{1,32}){0,31}");
    private static final Pattern MOVFLAGS = Pattern.compile("([+-]?(faststart|frag_keyframe|empty_moov|"
            + "default_base_moof|separate_moof|omit_tfhd_offset|negative_cts_offsets|cmaf|write_colr|"
            + "use_metadata_tags|skip_trailer))+");

    private static final Map<String, Pattern> VIDEO = Map.ofEntries(
            Map.entry("-preset", WORD), Map.entry("-tune", WORD), Map.entry("-crf", NUMBER), Map.entry("-qp", INT),
            Map.entry("-b:v", RATE), Map.entry("-maxrate", RATE), Map.entry("-minrate", RATE),
            Map.entry("-bufsize", RATE), Map.entry("-g", INT), Map.entry("-keyint_min", INT), Map.entry("-bf", INT),
            Map.entry("-refs", INT), Map.entry("-sc_threshold", INT), Map.entry("-profile:v", WORD),
            Map.entry("-level", LEVEL), Map.entry("-level:v", LEVEL), Map.entry("-pix_fmt", WORD),
            Map.entry("-x264-params", CODEC_PARAMS), Map.entry("-x265-params", CODEC_PARAMS),
            Map.entry("-deadline", WORD), Map.entry("-cpu-used", INT), Map.entry("-row-mt", INT),
            Map.entry("-tile-columns", INT), Map.entry("-frame-parallel", INT), Map.entry("-lag-in-frames", INT),
            Map.entry("-auto-alt-ref", INT), Map.entry("-aq-mode", INT), Map.entry("-threads", INT),
            Map.entry("-forced-idr", INT), Map.entry("-colorspace", WORD), Map.entry("-color_primaries", WORD),
            Map.entry("-color_trc", WORD), Map.entry("-color_range", WORD));
    private static final Map<String, Pattern> AUDIO = Map.ofEntries(
            Map.entry("-b:a", RATE), Map.entry("-ar", INT), Map.entry("-ac", Pattern.compile("[1-8]")),
            Map.entry("-q:a", NUMBER), Map.entry("-aq", NUMBER), Map.entry("-profile:a", WORD),
            Map.entry("-vbr", WORD), Map.entry("-application", WORD), Map.entry("-compression_level", INT),
            Map.entry("-frame_duration", NUMBER), Map.entry("-cutoff", INT), Map.entry("-aac_coder", WORD));
    private static final Map<String, Pattern> MUXER = Map.ofEntries(
            Map.entry("-movflags", MOVFLAGS), Map.entry("-brand", Pattern.compile("[a-z0-9]{4}")),
            Map.entry("-cluster_size_limit", INT), Map.entry("-cluster_time_limit", INT),
            Map.entry("-cues_to_front", INT), Map.entry("-write_tmcd", INT), Map.entry("-frag_duration", INT),
            Map.entry("-min_frag_duration", INT), Map.entry("-f", WORD));

    /** Options that are refused with a reason of their own, because they are the usual attempts. */
    private static final Map<String, String> WHY_NOT = Map.ofEntries(
            Map.entry("-i", "it would add an input"), Map.entry("-y", "it would overwrite files"),
            Map.entry("-map", "recmerge maps the streams itself"),
            Map.entry("-filter_complex", "recmerge builds the filter graph itself"),
            Map.entry("-vf", "recmerge builds the filter graph itself"),
            Map.entry("-af", "recmerge builds the filter graph itself"),
            Map.entry("-protocol_whitelist", "recmerge opens only files"),
            Map.entry("-c", "the encoder is the profile's 'encoder' field"),
            Map.entry("-c:v", "the encoder is the profile's 'encoder' field"),
            Map.entry("-c:a", "the encoder is the profile's 'encoder' field"),
            Map.entry("-t", "recmerge sets the output's duration"), Map.entry("-ss", "recmerge sets the output's start"),
            Map.entry("-r", "use --fps"), Map.entry("-s", "use --size"));

    private static final Pattern ENCODER = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private ProfileOptions() {
    }

    /** An encoder, codec or pixel format name: one plain word, never an option or a path. */
    static String name(String value, String field, String source) throws ProfileException {
        if (!ENCODER.matcher(value).matches()) {
            throw new ProfileException("profile " + source + ": '" + field + "' '" + printable(value)
                    + "' is not a plain name (lowercase letters, digits, '_' or '-')");
        }
        return value;
    }

    /**
     * @param options the list as written in the profile: option, value, option, value ...
     * @param container the profile's muxer: {@code -f} may only repeat it
     * @throws ProfileException naming the file, the list and the option at fault
     */
    static void check(List<String> options, Scope scope, String container, String source) throws ProfileException {
        Map<String, Pattern> allowed = scope == Scope.VIDEO ? VIDEO : scope == Scope.AUDIO ? AUDIO : MUXER;
        for (int i = 0; i < options.size(); i += 2) {
            String option = options.get(i);
            String where = "profile " + source + ": " + scope.field + " ";
            if (!option.startsWith("-")) {
                throw new ProfileException(where + "'" + printable(option) + "' is not an option (an output path or "
                        + "URL is never accepted); write option/value pairs such as \"-crf\", \"23\"");
            }
            Optional<String> refusal = refusal(option, allowed);
            if (refusal.isPresent()) {
                throw new ProfileException(where + "option '" + printable(option) + "' is not allowed: " + refusal.get());
            }
            if (i + 1 >= options.size()) {
                throw new ProfileException(where + "option '" + option + "' has no value");
            }
            String value = options.get(i + 1);
            if (!allowed.get(option).matcher(value).matches()) {
                throw new ProfileException(where + "option '" + option + "' has the value '" + printable(value)
                        + "', which is not a plain " + kind(allowed.get(option)));
            }
            if (option.equals("-f") && !value.equals(container)) {
                throw new ProfileException(where + "option '-f " + printable(value) + "' names another muxer than the "
                        + "profile's container '" + container + "'");
            }
        }
    }

    private static Optional<String> refusal(String option, Map<String, Pattern> allowed) {
        if (allowed.containsKey(option)) {
            return Optional.empty();
        }
        String reason = WHY_NOT.getOrDefault(option, "it is not one of the encoder and muxer options recmerge "
                + "passes on (" + String.join(" ", new java.util.TreeSet<>(allowed.keySet())) + ")");
        return Optional.of(reason);
    }

    private static String kind(Pattern p) {
        return p == RATE ? "bit rate (e.g. 128k)" : p == INT ? "whole number" : p == NUMBER ? "number"
                : p == CODEC_PARAMS ? "list of key=value pairs joined by ':'" : p == MOVFLAGS ? "list of mp4 flags "
                + "(e.g. +faststart)" : p == WORD ? "lowercase word" : "value of the expected form";
    }

    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
    }
}
