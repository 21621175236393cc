package io.recmerge.discover;

import io.recmerge.metadata.FileNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the recorder says about itself in the files beside the media (SDK 2.x): the channel name in
 * {@code metadata.txt} ({@code <channel name>abc_test</channel name>}) and the SDK version in the
 * first lines of {@code agorasdk.log} ({@code Agora SDK ver 2.3.0 build 230, ...}), else of the
 * recorder's other logs. Both are optional: other SDK versions write neither file.
 */
public record RecorderInfo(Optional<String> channel, Optional<String> sdkVersion) {

    /** Only the head of each file is read: the facts sit in its first lines, a log can be huge. */
    static final int HEAD_BYTES = 64 * 1024;
    static final int MAX_VALUE = 100;
    private static final Pattern CHANNEL = Pattern.compile("<channel name>([^<\\r\\n]*)</channel name>");
    private static final Pattern VERSION = Pattern.compile(
            "Agora SDK ver(?:sion)?\\s+([0-9][0-9A-Za-z.]*(?: build \\d+)?)");
    private static final List<String> VERSION_FILES = List.of("agorasdk.log", "recording_sys.log", "recording_0.log",
            "recording.log");

    public RecorderInfo {
        channel = channel.map(c -> FileNames.printable(c.strip(), MAX_VALUE)).filter(c -> !c.isEmpty());
        sdkVersion = sdkVersion.map(v -> FileNames.printable(v, MAX_VALUE));
    }

    public static RecorderInfo read(Path dir) {
        Optional<String> channel = first(dir.resolve("metadata.txt"), CHANNEL);
        Optional<String> version = VERSION_FILES.stream().map(n -> first(dir.resolve(n), VERSION))
                .flatMap(Optional::stream).findFirst();
        return new RecorderInfo(channel, version);
    }

    private static Optional<String> first(Path file, Pattern pattern) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Matcher m = pattern.matcher(new String(in.readNBytes(HEAD_BYTES), StandardCharsets.ISO_8859_1));
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // an unreadable side file only costs the diagnosis
        }
    }
}
