package io.recmerge.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.recmerge.plan.RotationSpan;
import io.recmerge.report.Manifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page model and its HTML, without ffmpeg or a browser: what is drawn where, and nothing external. */
class HtmlPageTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9};

    /** uid 1001: audio 0..10, video 1.5..4 (0° then 90° from 3.0), a webm 6..10 (codec and size change). */
    private static Inspection inspection() {
        Inspection.Piece v1 = new Inspection.Piece("uid_1001_1.mp4", 1.5, 2.5, "h264", Optional.of("640x480"),
                List.of(new RotationSpan(1.5, 3.0, 0), new RotationSpan(3.0, 4.0, 90)));
        Inspection.Piece v2 = new Inspection.Piece("uid_1001_2.webm", 6.0, 4.0, "vp8", Optional.of("320x240"),
                List.of(new RotationSpan(6.0, 10.0, 0)));
        Inspection.Piece a1 = new Inspection.Piece("uid_1001.aac", 0.0, 4.5, "aac", Optional.empty(), List.of());
        Inspection.Piece a2 = new Inspection.Piece("uid_1001_b.aac", 6.0, 4.0, "aac", Optional.empty(), List.of());
        Inspection.User user = new Inspection.User("1001", "20261123101500", "uid_1001_20261123101500.txt",
                List.of(a1, a2), List.of(v1, v2), Optional.of(1.5),
                Optional.of(new Inspection.PlannedOutput("uid_1001_av.mp4", "av", "transcode", 0.0, 10.0)));
        List<Manifest.DiagnosticEntry> diags = List.of(
                new Manifest.DiagnosticEntry("DECODE_ERRORS", "warning", Optional.of("1001"), Optional.of("uid_1001_2.webm"),
                        "uid_1001_2.webm: 3 decode errors <b>", "hint"),
                new Manifest.DiagnosticEntry("VIDEO_STARTS_LATE", "info", Optional.of("1001"),
                        Optional.of("uid_1001_20261123101500.txt"), "the video starts 1.500 s after the audio", "hint"),
                new Manifest.DiagnosticEntry("RECORDER_LEFT", "info", Optional.empty(), Optional.empty(),
                        "left with code 12", "hint"));
        return new Inspection(new Manifest.Session("/rec/s", "s & <x>", true),
                new Inspection.Recording("finished", List.of(), Optional.empty(), List.of(), Optional.empty(),
                        Optional.empty()), List.of(user), diags);
    }

    record Call(Path file, double at, int clockwise) { }

    @Test
    void theModelHasABarPerPieceTheSpansTheChangeAndAStillPerPieceStartAndRotation() {
        List<Call> calls = new ArrayList<>();
        SessionPage page = SessionPage.of(inspection(), (f, at, cw) -> {
            calls.add(new Call(f, at, cw));
            return Optional.of(JPEG);
        });
        SessionPage.UserRow u = page.users().get(0);

        assertThat(u.bars()).extracting(SessionPage.Bar::track).containsExactly("video", "video", "audio", "audio");
        assertThat(u.spans()).extracting(SessionPage.Span::kind, SessionPage.Span::start, SessionPage.Span::end)
                .contains(org.assertj.core.groups.Tuple.tuple("lead-in", 0.0, 1.5),
                        org.assertj.core.groups.Tuple.tuple("gap", 4.5, 6.0),
                        org.assertj.core.groups.Tuple.tuple("rotation", 3.0, 4.0));
        assertThat(u.markers()).extracting(SessionPage.Marker::label)
                .contains("codec h264 → vp8, size 640x480 → 320x240", "DECODE_ERRORS");
        assertThat(u.diagnostics()).filteredOn(d -> d.code().equals("DECODE_ERRORS")).singleElement()
                .satisfies(d -> assertThat(d.at()).contains(6.0));
        assertThat(page.sessionDiagnostics()).extracting(SessionPage.Diag::code).containsExactly("RECORDER_LEFT");
        // Stills on each file's own clock, turned by the span's rotation.
        assertThat(calls).containsExactly(new Call(Path.of("/rec/s/uid_1001_1.mp4"), 0.0, 0),
                new Call(Path.of("/rec/s/uid_1001_1.mp4"), 3.1 - 1.5, 90),
                new Call(Path.of("/rec/s/uid_1001_2.webm"), 0.0, 0));
    }

    @Test
    void theHtmlIsSelfContainedEscapedAndDrawsEveryElement() {
        String html = HtmlPage.render(SessionPage.of(inspection(), (f, at, cw) -> Optional.of(JPEG)));

        assertThat(count(html, "<rect class=\"piece video\"")).isEqualTo(2);
        assertThat(count(html, "<rect class=\"piece audio\"")).isEqualTo(2);
        assertThat(count(html, "<rect class=\"span rotation deg90\"")).isEqualTo(1);
        assertThat(count(html, "<rect class=\"span rotation deg0\"")).isEqualTo(2);
        assertThat(count(html, "<rect class=\"span lead-in\"")).isEqualTo(1);
        assertThat(count(html, "<rect class=\"span gap\"")).isEqualTo(1);
        assertThat(count(html, "<rect class=\"window\"")).isEqualTo(1);
        assertThat(count(html, "<line class=\"marker change\"")).isEqualTo(1);
        assertThat(count(html, "<circle class=\"marker diagnostic warning\"")).isEqualTo(1);
        assertThat(count(html, "src=\"data:image/jpeg;base64,/9j/2Q==\"")).isEqualTo(3);
        assertThat(html).doesNotContain("http:", "https:", "<script", "<link", "@import", "url(")
                .contains("s &amp; &lt;x&gt;", "3 decode errors &lt;b&gt;").doesNotContain("<b>")
                .contains("default-src 'none'");
    }

    @Test
    void aFailedStillIsShownAsMissingNotAsABrokenImage() {
        String html = HtmlPage.render(SessionPage.of(inspection(), SessionPage.Stills.NONE));

        assertThat(html).doesNotContain("<img");
        assertThat(count(html, "<div class=\"nothumb\">no frame</div>")).isEqualTo(3);
    }

    @Test
    void barsArePlacedOnTheSessionClockInsideThePlot() {
        String html = HtmlPage.render(SessionPage.of(inspection(), SessionPage.Stills.NONE));
        Matcher m = Pattern.compile("<rect class=\"piece video\" x=\"([0-9.]+)\" y=\"\\d+\" width=\"([0-9.]+)\"")
                .matcher(html);

        assertThat(m.find()).isTrue();
        double perSecond = HtmlPage.PLOT / 10.0;
        assertThat(Double.parseDouble(m.group(1))).isCloseTo(HtmlPage.LEFT + 1.5 * perSecond, org.assertj.core.data.Offset.offset(0.1));
        assertThat(Double.parseDouble(m.group(2))).isCloseTo(2.5 * perSecond, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(TimelineSvg.niceStep(10)).isEqualTo(2);
        assertThat(TimelineSvg.niceStep(47.3)).isEqualTo(10);
        assertThat(TimelineSvg.niceStep(3)).isEqualTo(0.5);
        assertThat(TimelineSvg.niceStep(3600)).isEqualTo(500);
    }

    @Test
    void thumbnailFiltersTurnByQuarterTurnsAndScale() {
        assertThat(Thumbnails.chain(0)).isEqualTo("scale=w=-2:h=90");
        assertThat(Thumbnails.chain(90)).isEqualTo("transpose=dir=clock,scale=w=-2:h=90");
        assertThat(Thumbnails.chain(180)).isEqualTo("hflip,vflip,scale=w=-2:h=90");
        assertThat(Thumbnails.chain(270)).isEqualTo("transpose=dir=cclock,scale=w=-2:h=90");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
