package io.recmerge.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An output profile (ffmpeg-profiles/*.json): container, encoders and their options, and whether
 * inputs that already fit may be stream-copied.
 *
 * @param container the ffmpeg muxer name given to {@code -f} ("mp4", "webm")
 * @param audioOnlyProfile the profile used when an output has no video (e.g. mp4 -> m4a)
 */
public record Profile(String name, String description, String container, String extension,
                      boolean streamCopy, Optional<String> audioOnlyProfile, Optional<VideoCodec> video,
                      Optional<AudioCodec> audio, List<String> muxerOptions) {

    public record VideoCodec(String codec, String encoder, String pixelFormat, List<String> options) {
        public VideoCodec {
            Objects.requireNonNull(codec, "codec");
            Objects.requireNonNull(encoder, "encoder");
            Objects.requireNonNull(pixelFormat, "pixelFormat");
            options = List.copyOf(options);
        }
    }

    public record AudioCodec(String codec, String encoder, int sampleRate, List<String> options) {
        public AudioCodec {
            Objects.requireNonNull(codec, "codec");
            Objects.requireNonNull(encoder, "encoder");
            if (sampleRate < 8000 || sampleRate > 192000) {
                throw new IllegalArgumentException("audio sampleRate " + sampleRate + " is outside 8000..192000");
            }
            options = List.copyOf(options);
        }
    }

    /**
     * The same profile with {@code -threads n} for the video encoder (unless the profile sets its
     * own): how a batch shares the cores between the sessions it converts at once.
     */
    public Profile withEncoderThreads(int n) {
        if (video.isEmpty() || video.get().options().contains("-threads")) {
            return this;
        }
        VideoCodec v = video.get();
        List<String> options = new java.util.ArrayList<>(v.options());
        options.addAll(List.of("-threads", Integer.toString(n)));
        return new Profile(name, description, container, extension, streamCopy, audioOnlyProfile,
                Optional.of(new VideoCodec(v.codec(), v.encoder(), v.pixelFormat(), options)), audio, muxerOptions);
    }

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(audioOnlyProfile, "audioOnlyProfile");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(audio, "audio");
        muxerOptions = List.copyOf(muxerOptions);
        if (video.isEmpty() && audio.isEmpty()) {
            throw new IllegalArgumentException("profile " + name + " has neither video nor audio");
        }
    }

    /** MP4-family outputs get the faststart check (moov before mdat). */
    public boolean isMp4Family() {
        return container.equals("mp4") || container.equals("mov") || container.equals("ipod");
    }
}
