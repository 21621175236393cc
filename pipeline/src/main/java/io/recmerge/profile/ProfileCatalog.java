package io.recmerge.profile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The built-in profiles (packaged in the jar from ffmpeg-profiles/) and user profile files. */
public final class ProfileCatalog {

    public static final String DEFAULT = "mp4-h264-aac";
    private static final String RESOURCE_DIR = "ffmpeg-profiles";

    private final Map<String, Profile> builtIn;

    private ProfileCatalog(Map<String, Profile> builtIn) {
        this.builtIn = java.util.Collections.unmodifiableMap(new TreeMap<>(builtIn));
    }

    public static ProfileCatalog load() throws ProfileException {
        URL url = ProfileCatalog.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new ProfileException("the built-in profiles are missing from the class path (" + RESOURCE_DIR + ")");
        }
        try {
            return new ProfileCatalog(readDirectory(url.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new ProfileException("cannot read the built-in profiles: " + e.getMessage());
        }
    }

    private static Map<String, Profile> readDirectory(URI uri) throws IOException, ProfileException {
        if (!"jar".equals(uri.getScheme())) {
            return readAll(Path.of(uri));
        }
        try {
            return readAll(FileSystems.getFileSystem(uri).provider().getPath(uri));
        } catch (FileSystemNotFoundException e) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return readAll(jar.provider().getPath(uri));
            }
        }
    }

    private static Map<String, Profile> readAll(Path dir) throws IOException, ProfileException {
        Map<String, Profile> profiles = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Profile p = ProfileJson.read(in, file.getFileName().toString());
                    profiles.put(p.name(), p);
                }
            }
        }
        return profiles;
    }

    public Map<String, Profile> builtIn() {
        return builtIn;
    }

    /** {@code --profile NAME|FILE}: a built-in name, or a path to a profile JSON file. */
    public Profile resolve(String nameOrFile) throws ProfileException {
        Profile named = builtIn.get(nameOrFile);
        if (named != null) {
            return named;
        }
        Path file = Path.of(nameOrFile);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return ProfileJson.read(in, file.toString());
            } catch (IOException e) {
                throw new ProfileException("cannot read profile file " + file + ": " + e.getMessage());
            }
        }
        throw new ProfileException("no profile '" + nameOrFile + "': not a built-in profile (" 
                + String.join(", ", builtIn.keySet()) + ") and not a file");
    }

    /** The profile for outputs that have no video: the profile's own audio-only choice, or itself. */
    public Profile audioOnly(Profile profile) throws ProfileException {
        Optional<String> other = profile.audioOnlyProfile();
        return other.isPresent() ? resolve(other.get()) : profile;
    }
}
