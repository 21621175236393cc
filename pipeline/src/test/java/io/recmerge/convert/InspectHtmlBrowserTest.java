package io.recmerge.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.testkit.AudioSpec;
import io.recmerge.testkit.Container;
import io.recmerge.testkit.GeneratedSession;
import io.recmerge.testkit.RecordingFactory;
import io.recmerge.testkit.RotationAt;
import io.recmerge.testkit.SessionSpec;
import io.recmerge.testkit.UserSessionSpec;
import io.recmerge.testkit.VideoSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code inspect --html} pages loaded in headless Chromium (Debian's package): the browser must draw
 * a bar per piece and the rotation spans, and decode every still, which must show the test kit's
 * red marker in its top-left corner (upright). A screenshot of each page goes to
 * target/inspect-html/. Skipped, with the reason, where chromium is not installed.
 */
class InspectHtmlBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "inspect-html").toAbsolutePath();
    private static final String STAMP = "20261123101500";

    @TempDir
    Path tmp;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install -y chromium); "
                + "the HTML page is still covered by HtmlPageTest");
    }

    /**
     * uid 8008: audio 0..9 s; an MP4 from 1.0 s, upright until 2.5 s, then held sideways
     * (rotation=90); then, after the user's video was off, a VP8 WebM from 6.0 s (codec change).
     */
    private static SessionSpec rotatingThenWebm() {
        String base = UserSessionSpec.baseName("8008", STAMP);
        List<Double> events = List.of(1.4, 3.3, 6.6, 8.2);
        VideoSpec mp4 = VideoSpec.of(base + "_1.mp4", Container.MP4_H264, 0.6, 1.0, 3.5, List.of(1.4, 3.3))
                .withRotations(List.of(new RotationAt(1.0, 0), new RotationAt(2.5, 90)));
        VideoSpec webm = VideoSpec.of(base + "_2.webm", Container.WEBM_VP8, 5.6, 6.0, 3.0, List.of(6.6, 8.2));
        return new SessionSpec("html-rotating-webm", List.of(UserSessionSpec.of("8008", STAMP,
                List.of(AudioSpec.mono(base + ".aac", 0.0, 9.0, events)), List.of(mp4, webm))), true);
    }

    @Test
    void theSessionPageRendersBarsRotationSpansAndUprightStillsInABrowser() throws Exception {
        GeneratedSession s = RecordingFactory.write(rotatingThenWebm(), tmp.resolve("session"));
        Path page = tmp.resolve("session.html");

        ConvertCliTest.Run run = ConvertCliTest.run("inspect", s.dir().toString(), "--html", page.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(page.toString());
        JsonNode seen = inBrowser(page, "session");
        assertThat(seen.path("videoBars").asInt()).isEqualTo(2);
        assertThat(seen.path("audioBars").asInt()).isEqualTo(1);
        assertThat(seen.path("rotations").findValuesAsText("cls")).containsExactly(
                "span rotation deg0", "span rotation deg90", "span rotation deg0");
        assertThat(seen.path("leadIns").asInt()).isEqualTo(1);
        assertThat(seen.path("changes").asInt()).as("h264 -> vp8").isEqualTo(1);
        assertThat(seen.path("windows").asInt()).isEqualTo(1);
        assertUprightStills(seen.path("images"), 3, 3);
        assertThat(seen.path("images").get(0).path("left").asInt()).as("a recorder still has no padding").isZero();
        JsonNode sideways = seen.path("images").get(1);
        assertThat(sideways.path("h").asInt()).as("the 90° still is portrait").isGreaterThan(sideways.path("w").asInt());
    }

    @Test
    void theConvertedFolderPageShowsEachOutputWithAStillStrip() throws Exception {
        GeneratedSession s = RecordingFactory.write(rotatingThenWebm(), tmp.resolve("session"));
        Path out = tmp.resolve("out");
        assertThat(ConvertCliTest.run("convert", s.dir().toString(), "-o", out.toString()).exit()).isZero();
        Path page = tmp.resolve("converted.html");

        ConvertCliTest.Run run = ConvertCliTest.run("inspect", out.toString(), "--html", page.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode seen = inBrowser(page, "converted");
        assertThat(seen.path("outputs").asInt()).isEqualTo(1);
        // At 4.0 s the user had no video (between the MP4 and the WebM): black, by design.
        assertUprightStills(seen.path("images"), 5, 4);
    }

    /**
     * Every still decoded by the browser; each that shows a picture (not a black gap) has the red
     * "upright" marker at the top-left corner of its content.
     */
    private static void assertUprightStills(JsonNode images, int expected, int withPicture) {
        assertThat(images).hasSize(expected);
        assertThat(images.findValues("blank").stream().filter(b -> !b.asBoolean())).hasSize(withPicture);
        for (JsonNode img : images) {
            assertThat(img.path("w").asInt()).as(img.path("alt").asText() + " decoded").isGreaterThan(0);
            if (img.path("blank").asBoolean()) {
                continue;
            }
            assertThat(img.path("r").asInt()).as(img.path("alt").asText() + " red top-left: " + img).isGreaterThan(150);
            assertThat(img.path("g").asInt()).as(img.path("alt").asText() + " red top-left: " + img).isLessThan(90);
        }
    }

    /**
     * Loads a copy of the page with a measuring script appended (the page itself has none, and its
     * content policy forbids scripts, so the copy relaxes that one line), prints what the browser
     * drew as JSON into the DOM and reads it back; screenshots the page itself.
     */
    private JsonNode inBrowser(Path page, String name) throws IOException, InterruptedException {
        String html = Files.readString(page);
        assertThat(html).doesNotContain("<script");
        String probe = html.replace("default-src 'none'", "default-src 'none'; script-src 'unsafe-inline'")
                .replace("</body>", "<script>" + CHECK + "</script></body>");
        Path copy = Files.writeString(tmp.resolve(name + "-check.html"), probe);
        String dom = chromium("--virtual-time-budget=10000", "--dump-dom", copy.toUri().toString());
        Matcher m = Pattern.compile("<pre id=\"check\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("the check ran in the browser; DOM:\n" + dom.substring(0, Math.min(dom.length(), 400)))
                .isTrue();
        Files.createDirectories(SHOTS);
        Path shot = SHOTS.resolve(name + ".png");
        Files.deleteIfExists(shot);
        chromium("--hide-scrollbars", "--window-size=1050,1000", "--screenshot=" + shot, page.toUri().toString());
        assertThat(shot).as("screenshot").isNotEmptyFile();
        System.out.println("inspect --html screenshot: " + shot);
        return new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">"));
    }

    private String chromium(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + tmp.resolve("chromium-profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.log").toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("chromium.log"))).isZero();
        return out;
    }

    /** Counts what was drawn and reads each still back through a canvas (pixel 2,2 of the upright picture). */
    private static final String CHECK = """
            window.addEventListener('load', () => {
              const q = s => [...document.querySelectorAll(s)];
              const images = q('img').map(i => {
                const c = document.createElement('canvas');
                c.width = i.naturalWidth; c.height = i.naturalHeight;
                const g = c.getContext('2d');
                if (c.width === 0) return {alt: i.alt, w: 0, h: 0, blank: true};
                g.drawImage(i, 0, 0);
                // The picture content: what is not black padding (a portrait part fitted into a landscape canvas).
                const d = g.getImageData(0, 0, c.width, c.height).data;
                let x0 = c.width, y0 = c.height;
                for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) {
                  const k = 4 * (y * c.width + x);
                  if (Math.max(d[k], d[k + 1], d[k + 2]) > 40) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); }
                }
                if (x0 === c.width) return {alt: i.alt, w: c.width, h: c.height, blank: true};
                const p = g.getImageData(x0 + 2, y0 + 2, 1, 1).data;
                return {alt: i.alt, w: c.width, h: c.height, blank: false, left: x0, top: y0,
                        r: p[0], g: p[1], b: p[2]};
              });
              const r = {videoBars: q('rect.piece.video').length, audioBars: q('rect.piece.audio').length,
                rotations: q('rect.span.rotation').map(e => ({cls: e.getAttribute('class'),
                  width: e.getBoundingClientRect().width})),
                leadIns: q('rect.span.lead-in').length, changes: q('line.marker.change').length,
                windows: q('rect.window').length, outputs: q('tr.output').length, images};
              const pre = document.createElement('pre');
              pre.id = 'check';
              pre.textContent = JSON.stringify(r);
              document.body.appendChild(pre);
            });
            """;
}
