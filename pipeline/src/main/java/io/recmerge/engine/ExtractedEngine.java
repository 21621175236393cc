package io.recmerge.engine;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.bytedeco.javacpp.Loader;

/**
 * The bundled ffmpeg as an earlier {@code Loader.load} left it in JavaCPP's cache, found without
 * loading anything: {@code Loader.load} maps all of ffmpeg's libraries into the JVM (about 1 s of
 * CPU per run, measured), although recmerge only runs the executables.
 *
 * <p>The cache is trusted only when it holds every file of the natives jar's platform folder with
 * the jar's size (JavaCPP's own test is size and date); anything else goes through {@code Loader.load},
 * which extracts again. So does a machine where libpulse.so.0 (which libavdevice links) is not in a
 * usual library folder: Loader.load's failure is what names the missing package to the user.
 */
final class ExtractedEngine {

    private ExtractedEngine() {
    }

    private static final List<String> LIBRARY_FOLDERS = List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/usr/lib64", "/lib64", "/usr/lib", "/lib");

    /** The cached ffmpeg executable, when the cache is complete. */
    static Optional<Path> ffmpeg() {
        if (LIBRARY_FOLDERS.stream().noneMatch(d -> Files.exists(Path.of(d, "libpulse.so.0")))) {
            return Optional.empty();
        }
        for (String platform : new String[] {Loader.getPlatform() + "-gpl", Loader.getPlatform()}) {
            URL url = org.bytedeco.ffmpeg.ffmpeg.class.getResource(platform + "/ffmpeg");
            if (url != null && url.getProtocol().equals("jar") && url.getPath().startsWith("file:")) {
                return complete(url.getPath(), platform);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> complete(String jarUrlPath, String platform) {
        String jar = jarUrlPath.substring("file:".length(), jarUrlPath.indexOf("!/"));
        String folder = "org/bytedeco/ffmpeg/" + platform + "/";
        try (ZipFile zip = new ZipFile(java.net.URLDecoder.decode(jar, java.nio.charset.StandardCharsets.UTF_8))) {
            Path cached = Loader.getCacheDir().toPath().resolve(Path.of(jar).getFileName().toString()).resolve(folder);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.isDirectory() && e.getName().startsWith(folder) && !matches(cached, e, folder)) {
                    return Optional.empty();
                }
            }
            Path ffmpeg = cached.resolve("ffmpeg");
            return Files.isExecutable(ffmpeg) && Files.isExecutable(cached.resolve("ffprobe"))
                    ? Optional.of(ffmpeg) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(Path cached, ZipEntry e, String folder) throws IOException {
        Path file = cached.resolve(e.getName().substring(folder.length()));
        return Files.isRegularFile(file) && Files.size(file) == e.getSize();
    }
}
