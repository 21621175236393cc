package io.recmerge.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.discover.SessionFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The session's clockZeroUtc: the UTC of a cloud recording's clock zero, absent for on-premise input. */
class ManifestClockZeroTest {

    private static final Manifest.Tool TOOL = new Manifest.Tool("recmerge", "0.1.0", "8.1.2");

    private static JsonNode session(Optional<Instant> zero) throws Exception {
        SessionResult result = new SessionResult(new SessionFolder(Path.of("/rec/s"), List.of(), true, Optional.empty()),
                Path.of("/out"), SessionResult.State.CONVERTED, List.of(), List.of(), zero);
        return new ObjectMapper().readTree(ManifestWriter.toJson(SessionReports.manifest(result, TOOL,
                Optional.empty()))).path("session");
    }

    @Test
    void aCloudSessionStatesItsClocksZeroInUtcWithMilliseconds() throws Exception {
        JsonNode s = session(Optional.of(Instant.parse("2024-03-05T10:00:00Z")));
        assertThat(s.path("clockZeroUtc").asText()).isEqualTo("2024-03-05T10:00:00.000Z");
        assertThat(session(Optional.of(Instant.parse("2024-03-05T23:59:58.123Z"))).path("clockZeroUtc").asText())
                .isEqualTo("2024-03-05T23:59:58.123Z");
    }

    @Test
    void anOnPremiseSessionHasNoClockZero() throws Exception {
        JsonNode s = session(Optional.empty());
        assertThat(s.has("clockZeroUtc")).as(s.toString()).isFalse();
        assertThat(s.path("recordingDone").asBoolean()).isTrue();
    }
}
