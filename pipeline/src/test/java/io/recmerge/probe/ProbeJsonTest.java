package io.recmerge.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProbeJsonTest {

    private static final Path FILE = Path.of("/rec/uid_1001_1_1.mp4");

    /** Trimmed from ffprobe 8.1 -print_format json -show_format -show_streams on a rotated phone MP4. */
    private static final String MP4 = """
            {
                "streams": [
                    {
                        "index": 0,
                        "codec_name": "h264",
                        "profile": "High",
                        "codec_type": "video",
                        "width": 640,
                        "height": 480,
                        "pix_fmt": "yuv420p",
                        "r_frame_rate": "15/1",
                        "avg_frame_rate": "15/1",
                        "time_base": "1/15360",
                        "start_time": "0.000000",
                        "duration": "8.800000",
                        "side_data_list": [
                            {
                                "side_data_type": "Display Matrix",
                                "displaymatrix": "\\n00000000:            0       65536           0\\n",
                                "rotation": -90
                            }
                        ]
                    },
                    {
                        "index": 1,
                        "codec_name": "aac",
                        "profile": "LC",
                        "codec_type": "audio",
                        "sample_fmt": "fltp",
                        "sample_rate": "48000",
                        "channels": 2,
                        "avg_frame_rate": "0/0",
                        "start_time": "-0.021333",
                        "duration": "8.832000"
                    }
                ],
                "format": {
                    "filename": "/rec/uid_1001_1_1.mp4",
                    "format_name": "mov,mp4,m4a,3gp,3g2,mj2",
                    "start_time": "-0.021333",
                    "duration": "8.832000"
                }
            }""";

    /** A bare ADTS file probed with -count_packets: no stream duration, "N/A" where ffprobe does not know. */
    private static final String ADTS = """
            {
                "streams": [
                    {
                        "index": 0,
                        "codec_name": "aac",
                        "profile": "LC",
                        "codec_type": "audio",
                        "sample_rate": "48000",
                        "channels": 1,
                        "r_frame_rate": "0/0",
                        "avg_frame_rate": "0/0",
                        "start_time": "N/A",
                        "duration": "N/A",
                        "nb_read_packets": "470"
                    }
                ],
                "format": {
                    "format_name": "aac",
                    "start_time": "N/A",
                    "duration": "10.048000"
                }
            }""";

    @Test
    void anMp4sStreamsAndFormatAreRead() throws IOException {
        MediaFacts f = ProbeJson.parse(FILE, MP4);

        assertThat(f.file()).isEqualTo(FILE);
        assertThat(f.formatName()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
        assertThat(f.formatIs("mp4")).isTrue();
        assertThat(f.formatIs("mov,mp4")).isFalse();
        assertThat(f.duration()).hasValue(8.832);
        assertThat(f.startTime()).hasValue(-0.021333);
        assertThat(f.streams()).hasSize(2);

        StreamFacts v = f.firstVideo().orElseThrow();
        assertThat(v.index()).isZero();
        assertThat(v.codec()).isEqualTo("h264");
        assertThat(v.profile()).contains("High");
        assertThat(v.pixelFormat()).contains("yuv420p");
        assertThat(v.width()).isEqualTo(640);
        assertThat(v.height()).isEqualTo(480);
        assertThat(v.frameRate()).hasValue(15.0);
        assertThat(v.startTime()).hasValue(0.0);
        assertThat(v.duration()).hasValue(8.8);
        assertThat(v.end()).hasValue(8.8);
        assertThat(v.packets()).isEmpty();
    }

    @Test
    void theDisplayMatrixRotationComesFromTheSideDataList() throws IOException {
        assertThat(ProbeJson.parse(FILE, MP4).firstVideo().orElseThrow().displayRotation())
                .isEqualTo(OptionalInt.of(-90));
    }

    @Test
    void theLegacyRotateTagIsClockwiseSoItIsNegated() throws IOException {
        String json = """
                {"streams": [{"index": 0, "codec_type": "video", "codec_name": "h264", "tags": {"rotate": "90"}}],
                 "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2"}}""";
        assertThat(ProbeJson.parse(FILE, json).firstVideo().orElseThrow().displayRotation())
                .isEqualTo(OptionalInt.of(-90));
    }

    @Test
    void aStreamWithoutRotationHasNone() throws IOException {
        assertThat(ProbeJson.parse(FILE, ADTS).streams().get(0).displayRotation()).isEmpty();
    }

    @Test
    void audioFactsAndAnUnknownFrameRateOfZeroOverZero() throws IOException {
        StreamFacts a = ProbeJson.parse(FILE, MP4).firstAudio().orElseThrow();

        assertThat(a.isAudio()).isTrue();
        assertThat(a.isVideo()).isFalse();
        assertThat(a.sampleRate()).isEqualTo(48000);
        assertThat(a.channels()).isEqualTo(2);
        assertThat(a.frameRate()).isEmpty();
        assertThat(a.profile()).contains("LC");
        assertThat(a.pixelFormat()).isEmpty();
        assertThat(a.startTime()).hasValue(-0.021333);
    }

    @Test
    void notAvailableDurationsAndStartsAreEmptyAndPacketCountsAreRead() throws IOException {
        MediaFacts f = ProbeJson.parse(FILE, ADTS);
        StreamFacts a = f.streams().get(0);

        assertThat(f.formatIs("aac")).isTrue();
        assertThat(f.startTime()).isEmpty();
        assertThat(f.duration()).hasValue(10.048);
        assertThat(a.startTime()).isEmpty();
        assertThat(a.duration()).isEmpty();
        assertThat(a.end()).isEmpty();
        assertThat(a.packets()).isEqualTo(OptionalInt.of(470));
        assertThat(f.firstVideo()).isEmpty();
    }

    @Test
    void frameRatesAreFractionsAndZeroOrJunkIsUnknown() {
        assertThat(ProbeJson.rate("15/1")).hasValue(15.0);
        assertThat(ProbeJson.rate("30000/1001").getAsDouble()).isCloseTo(29.97, within(0.001));
        assertThat(ProbeJson.rate("25")).hasValue(25.0);
        assertThat(ProbeJson.rate("0/0")).isEmpty();
        assertThat(ProbeJson.rate("15/0")).isEmpty();
        assertThat(ProbeJson.rate("0/1")).isEmpty();
        assertThat(ProbeJson.rate("-15/1")).isEmpty();
        assertThat(ProbeJson.rate("")).isEmpty();
        assertThat(ProbeJson.rate("N/A")).isEmpty();
    }

    @Test
    void missingFieldsGetNeutralValues() throws IOException {
        MediaFacts f = ProbeJson.parse(FILE, "{\"streams\": [{\"codec_type\": \"video\"}], \"format\": {}}");
        StreamFacts s = f.streams().get(0);

        assertThat(f.formatName()).isEmpty();
        assertThat(f.duration()).isEmpty();
        assertThat(s.codec()).isEqualTo("unknown");
        assertThat(s.width()).isZero();
        assertThat(s.frameRate()).isEmpty();
        assertThat(s.profile()).isEmpty();
    }

    @Test
    void nonFiniteNumbersAreUnknown() throws IOException {
        MediaFacts f = ProbeJson.parse(FILE, "{\"streams\": [], \"format\": {\"duration\": \"Infinity\", "
                + "\"start_time\": \"NaN\"}}");
        assertThat(f.duration()).isEqualTo(OptionalDouble.empty());
        assertThat(f.startTime()).isEqualTo(OptionalDouble.empty());
    }

    @Test
    void ffprobesErrorOnlyOutputHasNoStreams() throws IOException {
        MediaFacts f = ProbeJson.parse(FILE, "{\"error\": {\"code\": -1094995529, "
                + "\"string\": \"Invalid data found when processing input\"}}");
        assertThat(f.streams()).isEmpty();
        assertThat(f.formatName()).isEmpty();
    }

    @Test
    void textThatIsNotJsonIsAnIoException() {
        assertThatThrownBy(() -> ProbeJson.parse(FILE, "{\"streams\": [")).isInstanceOf(IOException.class);
    }
}
