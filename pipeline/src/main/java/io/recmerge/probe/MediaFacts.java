package io.recmerge.probe;

import io.recmerge.container.AdtsScan;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What ffprobe says of one file: its container and streams.
 *
 * @param annexBVideo the MP4's H.264 samples are in Annex B form (start codes, not lengths), which
 *                    a plain stream copy cannot carry (container/AnnexB)
 * @param adtsDamage for an ADTS file with damaged stretches, where they are and what they held
 */
public record MediaFacts(Path file, String formatName, OptionalDouble duration, OptionalDouble startTime,
                         List<StreamFacts> streams, boolean annexBVideo, Optional<AdtsScan> adtsDamage) {

    public MediaFacts {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(formatName, "formatName");
        streams = List.copyOf(streams);
        Objects.requireNonNull(adtsDamage, "adtsDamage");
    }

    public MediaFacts(Path file, String formatName, OptionalDouble duration, OptionalDouble startTime,
                      List<StreamFacts> streams) {
        this(file, formatName, duration, startTime, streams, false, Optional.empty());
    }

    /** The same facts for a file whose video samples are in Annex B form. */
    public MediaFacts withAnnexBVideo() {
        return new MediaFacts(file, formatName, duration, startTime, streams, true, adtsDamage);
    }

    /** The same facts for an ADTS file whose frame chain breaks (see {@link AdtsScan}). */
    public MediaFacts withAdtsDamage(AdtsScan scan) {
        return new MediaFacts(file, formatName, duration, startTime, streams, annexBVideo, Optional.of(scan));
    }

    public Optional<StreamFacts> firstVideo() {
        return streams.stream().filter(StreamFacts::isVideo).findFirst();
    }

    public Optional<StreamFacts> firstAudio() {
        return streams.stream().filter(StreamFacts::isAudio).findFirst();
    }

    /** ffprobe names formats as lists ("mov,mp4,m4a,3gp,3g2,mj2"); true when one of them matches. */
    public boolean formatIs(String name) {
        return List.of(formatName.split(",")).contains(name);
    }
}
