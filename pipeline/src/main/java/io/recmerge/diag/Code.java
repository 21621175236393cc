package io.recmerge.diag;

/**
 * Stable diagnostic codes. They appear in manifest.json and in {@code inspect --json}: never
 * rename one, only add.
 */
public enum Code {
    // metadata
    METADATA_UNREADABLE(Severity.ERROR, "Check that the file is a recorder metadata file and readable."),
    METADATA_EMPTY(Severity.WARNING, "The recorder may have crashed before writing; look for a hidden .uid_*.txt copy."),
    METADATA_BAD_LINE(Severity.WARNING, "The line was skipped; the rest of the file was used."),
    METADATA_UNKNOWN_EVENT(Severity.INFO, "Unknown events are ignored; newer recorder versions may write them."),
    METADATA_BAD_VALUE(Severity.WARNING, "A sane default was used instead."),
    METADATA_HOSTILE_NAME(Severity.ERROR, "Metadata may only name files in its own folder; the file was not opened."),
    METADATA_TIME_ORDER(Severity.WARNING, "Events out of time order were sorted by time."),
    // media files
    MEDIA_MISSING(Severity.ERROR, "The metadata names a file that is not in the folder."),
    MEDIA_EMPTY(Severity.WARNING, "The file has size 0 and carries nothing; it was skipped."),
    MEDIA_UNSUPPORTED(Severity.WARNING, "recmerge uses .aac audio and .mp4/.webm/.ts video files."),
    PROBE_FAILED(Severity.ERROR, "ffprobe could not read the file; it may be truncated or not media at all."),
    UNDECODABLE_MEDIA(Severity.ERROR,
            "The media does not decode. If the recording used encryption, the recorder's encryption mode "
                    + "(aes-128-xts or aes-256-xts, in lowercase) and password must match the clients'."),
    CLOSE_MISSING(Severity.WARNING, "The recorder did not close the file (crash?); its end was taken from the media."),
    // session
    RECORDING_NOT_DONE(Severity.WARNING, "No recording2-done.txt: the recorder may still be writing. Use --wait or --force."),
    NO_METADATA(Severity.ERROR, "No uid_*.txt metadata files were found; is this a recording session folder?"),
    NOTHING_TO_CONVERT(Severity.WARNING, "The user session has no usable audio or video file."),
    // output
    RENDER_FAILED(Severity.ERROR, "ffmpeg failed; the per-output log in the output folder has its messages."),
    RENDER_TIMEOUT(Severity.ERROR, "ffmpeg ran past its time limit and was stopped."),
    VERIFY_FAILED(Severity.ERROR, "The written file failed a check and was removed; see the message for the check."),
    OUTPUT_EXISTS(Severity.INFO, "The output is already there and newer than its inputs; use --force to make it again.");

    private final Severity defaultSeverity;
    private final String defaultHint;

    Code(Severity defaultSeverity, String defaultHint) {
        this.defaultSeverity = defaultSeverity;
        this.defaultHint = defaultHint;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String defaultHint() {
        return defaultHint;
    }
}
