package io.recmerge.diag;

/**
 * Stable diagnostic codes. They appear in manifest.json and in {@code inspect --json}: never
 * rename one, only add.
 */
public enum Code {
    // metadata
    METADATA_UNREADABLE(Severity.ERROR, "Check that the file is a recorder metadata file and readable."),
    METADATA_EMPTY(Severity.WARNING, "The recorder may have crashed before writing it, and there is no usable hidden "
            + ".uid_*.txt copy beside it."),
    METADATA_NOTHING_USABLE(Severity.ERROR, "Check that the file is a recorder metadata file (lines like "
            + "'0.000 uid_1_2.aac create'); the other diagnostics of the file say what each line lacked."),
    METADATA_BAD_LINE(Severity.WARNING, "The line was skipped; the rest of the file was used."),
    METADATA_UNKNOWN_EVENT(Severity.INFO, "Unknown events are ignored; newer recorder versions may write them."),
    METADATA_BAD_VALUE(Severity.WARNING, "The value was not used; the message says what was done instead."),
    METADATA_HOSTILE_NAME(Severity.ERROR, "Metadata may only name files in its own folder; the file was not opened."),
    METADATA_TIME_ORDER(Severity.WARNING, "Events out of time order were sorted by time."),
    // media files
    MEDIA_MISSING(Severity.ERROR, "The metadata names a file that is not in the folder."),
    MEDIA_EMPTY(Severity.WARNING, "The file has size 0 and carries nothing; it was skipped."),
    MEDIA_UNSUPPORTED(Severity.WARNING, "recmerge uses .aac audio and .mp4/.webm/.ts video files."),
    PROBE_FAILED(Severity.ERROR, "ffprobe could not read the file; it may be truncated, not media at all, or a "
            + "file of another kind saved under a media name (recmerge opens only AAC, MP4, MPEG-TS and WebM/Matroska)."),
    UNDECODABLE_MEDIA(Severity.ERROR,
            "The media does not decode. If the recording used encryption, the recorder's encryption mode "
                    + "(aes-128-xts or aes-256-xts, in lowercase) and password must match the clients' (a missing "
                    + "or wrong password leaves media that does not decode); otherwise the file is corrupt. What "
                    + "decodes of the user's other files was still converted."),
    CLOSE_MISSING(Severity.WARNING, "The recorder did not close the file (crash?); its end was taken from the media."),
    // session
    RECORDING_NOT_DONE(Severity.WARNING, "No recording2-done.txt: the recorder may still be writing. Use --wait or --force."),
    NO_METADATA(Severity.ERROR, "No uid_*.txt metadata files were found; is this a recording session folder? "
            + "If it is, the recorder recorded nothing: check that it joined with the same appID and channel profile "
            + "(Communication or Live Broadcast) as the clients, with a valid channel key/token when the App "
            + "Certificate is on (recording_sys.log shows appID, channel and key), and that at least one user was in "
            + "the channel and sent a stream."),
    NOTHING_TO_CONVERT(Severity.WARNING, "The user session has no usable audio or video file."),
    // output
    RENDER_FAILED(Severity.ERROR, "ffmpeg failed; the per-output log in the output folder has its messages."),
    RENDER_TIMEOUT(Severity.ERROR, "ffmpeg ran past its time limit and was stopped."),
    VERIFY_FAILED(Severity.ERROR, "The written file failed a check and was removed; see the message for the check."),
    OUTPUT_NO_SPACE(Severity.ERROR, "Free space on the output folder's disk (or choose another -o) and run again; "
            + "the outputs already written are kept and a rerun makes only the missing ones."),
    OUTPUT_EXISTS(Severity.INFO, "The output is already there and newer than its inputs; use --force to make it again."),
    // crash recovery
    MP4_INDEX_MISSING(Severity.ERROR, "The recorder stopped before it wrote the MP4 index (moov box), so no player or "
            + "ffmpeg can read the file as it is. It can often be repaired with a tool that rebuilds the index from a "
            + "good reference file recorded by the same client with the same settings, e.g. 'untrunc reference.mp4 "
            + "broken.mp4' or recover_mp4; convert the repaired copy afterwards. The original was left untouched."),
    MEDIA_UNNAMED(Severity.ERROR, "Restore the metadata file (the recorder's hidden copy .uid_*.txt, a backup) or "
            + "add the file's create and info lines, then convert again."),
    TS_RECOVERED(Severity.WARNING, "The recorder crashed before converting its MPEG-TS file to MP4; recmerge read the "
            + ".ts file in its place (nothing was written into the recording folder)."),
    METADATA_FROM_COPY(Severity.WARNING, "The metadata file was empty or unreadable (a crash while writing it); the "
            + "recorder's hidden copy .uid_*.txt was used instead."),
    RECORDING_CRASHED(Severity.WARNING, "If the recorder is no longer running, 'recmerge convert --force' converts what "
            + "is there: missing close lines are taken from the media, unconverted .ts files are read directly."),
    DECODE_ERRORS(Severity.WARNING, "Part of the file decodes with errors (damaged in transfer or by a crash); "
            + "the file was kept and the decoder conceals what it cannot read."),
    OUTPUT_PARTIAL(Severity.WARNING, "Only part of this user's recording could be used (see the other diagnostics of "
            + "the uid); what could be salvaged was written and marked \"partial\": true in manifest.json."),
    TIMELINE_IMPLAUSIBLE(Severity.ERROR, "The metadata times place this user's files implausibly far apart; the "
            + "metadata is probably corrupt. Check its create/info times against the media files."),
    INTERNAL_ERROR(Severity.ERROR, "This is a bug in recmerge; please report it with the folder's uid_*.txt files. "
            + "The other user sessions were still converted."),
    TRANSCODED_INSTEAD(Severity.WARNING, "The stream-copied output failed (usually damaged packets in a source "
            + "file, which a copy carries over); it was made again by re-encoding, which conceals them."),
    STALE_PARTIAL_REMOVED(Severity.INFO, "A half-written file left by an earlier, killed run was removed."),
    // diagnosis: why a recording looks the way it does (recording FAQ)
    RECORDER_LEFT(Severity.INFO, "The leave code is a bit mask: 0 initialization failure, 2 (1<<1) signal, "
            + "4 (1<<2) no users in the channel, 8 (1<<3) timer, 16 (1<<4) the client left."),
    AUDIO_ONLY(Severity.INFO, "The recorder received no video from this user. Usually the clients and the recorder "
            + "use different channel profiles or client roles (Communication vs Live Broadcast: check the client "
            + "role), or the user never sent video (camera off or video muted)."),
    VIDEO_SPLIT(Severity.INFO, "The recorder starts a new video file when the user leaves and rejoins within about "
            + "15 s, changes resolution, or mutes and unmutes video; recmerge places all of them on one timeline. "
            + "Unexpected splits also come from mixed communication modes, or a Native SDK without "
            + "enableWebSdkInteroperability in a channel with Web users."),
    SESSION_SPLIT(Severity.INFO, "After more than about 15 s away the recorder starts a new user session (new "
            + "metadata, audio and video files); each becomes its own output. '--mode uid' joins them into one."),
    VIDEO_STARTS_LATE(Severity.INFO, "Normal: the recorder starts a video file at the first key (I) frame it "
            + "receives; frames before it are dropped, video packets are larger and arrive later than audio, and a "
            + "poor network delays them more. '--leading-blank' chooses how the output starts."),
    WEBM_VIDEO(Severity.INFO, "A web client with codec \"vp8\" makes the recorder write VP8 in WebM; recmerge "
            + "converts it. To get H.264 MP4 from the recorder, create the web client with codec \"h264\" "
            + "(createClient({codec: \"h264\"}))."),
    // messages and safety
    METADATA_NOT_A_FILE(Severity.WARNING, "recmerge reads only regular files as metadata (the recorder writes no links "
            + "or folders); a symbolic link or folder named like uid_*.txt was not opened. Copy the real file into the "
            + "session folder if it belongs to this recording."),
    // what the SDK 2.x recorder really writes
    ANNEXB_IN_MP4(Severity.INFO, "The recorder (SDK 2.x) stores H.264 in the MP4 with start codes (Annex B) instead of "
            + "the NAL lengths MP4 prescribes. ffmpeg logs \"Invalid NAL unit size\" for every packet of such a file but "
            + "shows the pictures, and a plain 'ffmpeg -c copy' keeps no video at all. recmerge rewraps the packets "
            + "(through MPEG-TS, nothing is decoded) so the output is a conformant MP4 with every frame."),
    AUDIO_SHORTER_THAN_SPAN(Severity.INFO, "The recorder lost audio frames while recording (ADTS has no timestamps, so "
            + "a loss does not show as a gap): the audio was placed from its create time; if the frames were lost "
            + "early, the sound after the loss plays early by up to the missing seconds."),
    AUDIO_DAMAGED(Severity.WARNING, "Part of the .aac file is damaged (a transfer or disk error, or a crash while "
            + "writing). ADTS has no timestamps, so every lost frame would move all later sound earlier; recmerge "
            + "filled the damaged stretch with as much silence as the lost frames held, so the rest stays in sync."),
    AUDIO_DAMAGE_UNMEASURED(Severity.ERROR, "Part of the .aac file is damaged and how much audio it held cannot be "
            + "told, so the sound after the damage may be out of sync; the output is marked partial."),
    VIDEO_TIMESTAMPS_JUMP(Severity.INFO, "The video's timestamps jump: frames are missing there (lost by the recorder "
            + "or the network). The frames that exist were kept at their own times, so the picture stays in sync; it "
            + "shows the last frame before the jump until the next one."),
    // Agora Cloud Recording input
    CLOUD_PLAYLIST_LINE(Severity.WARNING, "A line of an HLS playlist could not be used (an unknown Agora tag, a "
            + "value that is not a number, or a slice name that is not a plain file name); the rest was read."),
    CLOUD_SLICE_MISSING(Severity.ERROR, "A playlist names a slice that is not in the folder, is empty or cannot "
            + "be read; the recording has a hole there and the rest was converted, in sync after the hole, into an "
            + "output marked partial. Copy the slice from the cloud storage if you still have it (or let this user "
            + "read it) and convert again: the changed folder is converted anew."),
    CLOUD_SLICE_UNNAMED(Severity.INFO, "A slice is in the folder but the chosen playlists do not name it, so it "
            + "was not used (it may belong to an upload-failure copy that was not chosen)."),
    CLOUD_PLAYLIST_CHOSEN(Severity.INFO, "After an upload failure Agora leaves several copies of a playlist "
            + "(<name>_<tick>_<index>.m3u8); recmerge reads the one with the most slices, the highest index on a tie."),
    CLOUD_FAILOVER(Severity.INFO, "After a recorder failover Agora continues the track in a new playlist and "
            + "slices prefixed bak<n>_, after a hole of up to 90 s; recmerge joins them on the UTC clock."),
    CLOUD_TRACK_UNFINISHED(Severity.WARNING, "The track's last playlist has no #EXT-X-ENDLIST: the recording "
            + "was still running or its upload stopped. Wait for it to end, or convert with --force."),
    CLOUD_TIME_DISAGREES(Severity.WARNING, "The UTC in a slice's name and the slice durations of the playlist "
            + "disagree by more than one frame; the slices were placed by their own timestamps from the track's "
            + "first slice on."),
    CLOUD_PLAYLIST_EMPTY(Severity.WARNING, "A playlist names no slice; it was not used."),
    // drop-in for the SDK converter script
    UID_NOT_FOUND(Severity.WARNING, "--uid (video-convert -u) names a uid that has no metadata file "
            + "(uid_<uid>_<stamp>.txt) in this session; check the uid, or leave the option out to convert every user."),
    NOTHING_IN_WINDOW(Severity.WARNING, "The user has no audio or video inside the time window (--from/--to, "
            + "video-convert -b/-t); the window is on the session clock (the metadata file's seconds; in uid modes the "
            + "first session's)."),
    OUTPUT_NAME_TAKEN(Severity.ERROR, "Writing into the recording folder itself (--in-place, or -o SESSION_DIR) never "
            + "replaces a file that recmerge did not write there: an input, or an earlier converter's output. Choose "
            + "another name (video-convert -o) or write into another folder (the default, SESSION_DIR/converted)."),
    COMPANION_FAILED(Severity.WARNING, "The output was written and verified, but a file beside it (a snapshot JPEG "
            + "or the .m4a of --keep-audio) could not be made; the log in OUT/logs has ffmpeg's messages."),
    // Agora Cloud Recording conversion
    CLOUD_VIDEO_NO_KEYFRAME(Severity.WARNING, "A video slice that the recorder force-cut (at 5.5 min or 50 MB) "
            + "starts without a key frame and can only be decoded after the slice before it, which is missing; the "
            + "video until the next key frame is left out (black or frozen, as --gaps says)."),
    CLOUD_TIMESTAMPS_DISAGREE(Severity.WARNING, "The UTC in a slice's name and the slice's own timestamps (its "
            + "first PTS, counted from the stream's first slice) disagree by more than one frame. Slices that follow "
            + "each other were joined by their own timestamps; a stretch after a hole was placed by its name's UTC, "
            + "so check that stretch's sync.");

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
