package io.recmerge.convert;

/** ffprobe 8.1 answers (-print_format json -show_format -show_streams), trimmed, for {@link ScriptedRunner}. */
final class Probes {

    private Probes() {
    }

    /** A bare ADTS file probed with -count_packets: 469 frames of 1024 samples at 48 kHz = 10.005 s. */
    static final String ADTS_10S = """
            {"streams": [{"index": 0, "codec_name": "aac", "profile": "LC", "codec_type": "audio",
              "sample_rate": "48000", "channels": 1, "r_frame_rate": "0/0", "avg_frame_rate": "0/0",
              "start_time": "N/A", "duration": "N/A", "nb_read_packets": "469"}],
             "format": {"format_name": "aac", "duration": "10.005333"}}""";

    static final String H264_10S = """
            {"streams": [{"index": 0, "codec_name": "h264", "profile": "High", "codec_type": "video",
              "width": 320, "height": 240, "pix_fmt": "yuv420p", "r_frame_rate": "15/1", "avg_frame_rate": "15/1",
              "time_base": "1/15360", "start_time": "0.000000", "duration": "10.000000"}],
             "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2", "start_time": "0.000000", "duration": "10.000000"}}""";

    static final String OUTPUT_10S = """
            {"streams": [{"index": 0, "codec_name": "h264", "profile": "High", "codec_type": "video",
              "width": 320, "height": 240, "pix_fmt": "yuv420p", "r_frame_rate": "15/1", "avg_frame_rate": "15/1",
              "start_time": "0.000000", "duration": "10.000000"},
             {"index": 1, "codec_name": "aac", "profile": "LC", "codec_type": "audio", "sample_rate": "48000",
              "channels": 1, "start_time": "0.000000", "duration": "10.005333"}],
             "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2", "start_time": "0.000000", "duration": "10.005333"}}""";

    static final String VIDEO_ONLY_10S = """
            {"streams": [{"index": 0, "codec_name": "h264", "profile": "High", "codec_type": "video",
              "width": 320, "height": 240, "pix_fmt": "yuv420p", "r_frame_rate": "15/1", "avg_frame_rate": "15/1",
              "start_time": "0.000000", "duration": "10.000000"}],
             "format": {"format_name": "mov,mp4,m4a,3gp,3g2,mj2", "start_time": "0.000000", "duration": "10.000000"}}""";
}
