package io.recmerge.testkit;

/** How a generated video file is encoded and muxed, as the recorder leaves it. */
public enum Container {
    /** H.264 (libx264 baseline, yuv420p) in MP4, moov at the end: a native client's finished file. */
    MP4_H264("mp4"),
    /** VP8 (libvpx) in WebM: a web client with codec vp8. */
    WEBM_VP8("webm"),
    /** H.264 in MPEG-TS: the leftover of a recorder that crashed before converting TS to MP4. */
    TS_H264("ts");

    private final String extension;

    Container(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }
}
