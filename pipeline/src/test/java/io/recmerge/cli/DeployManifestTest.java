package io.recmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.recmerge.batch.Shard;
import io.recmerge.report.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s/recmerge-job.yaml against the CLI: the variables it sets are ones recmerge reads, and
 * every pod of the Indexed Job, given its JOB_COMPLETION_INDEX, parses to its own shard of one archive.
 */
class DeployManifestTest {

    private JsonNode job;
    private JsonNode pod;
    private JsonNode container;
    private Map<String, String> env;

    @BeforeEach
    void load() throws IOException {
        job = DeployFiles.jobManifest();
        pod = job.path("spec").path("template").path("spec");
        assertThat(pod.path("containers")).hasSize(1);
        container = pod.path("containers").get(0);
        env = DeployFiles.env(container);
    }

    @Test
    void isAnIndexedBatchJobWhosePodsAreNotRestartedInPlace() {
        assertThat(job.path("apiVersion").asText()).isEqualTo("batch/v1");
        assertThat(job.path("kind").asText()).isEqualTo("Job");
        assertThat(job.path("spec").path("completionMode").asText()).isEqualTo("Indexed");
        assertThat(pod.path("restartPolicy").asText()).as("podFailurePolicy needs Never").isEqualTo("Never");
    }

    @Test
    void shardCountEqualsCompletionsAndParallelism() {
        int completions = job.path("spec").path("completions").asInt(-1);
        assertThat(completions).isGreaterThan(1);
        assertThat(job.path("spec").path("parallelism").asInt(-1)).isEqualTo(completions);
        assertThat(env).containsEntry(EnvDefaults.SHARD_COUNT, String.valueOf(completions));
    }

    @Test
    void setsOnlyVariablesTheCliReads() {
        Set<String> read = DeployFiles.variablesRead("batch");
        assertThat(read).as("the CLI's variables, sanity").contains("RECMERGE_ROOT", "RECMERGE_OUTPUT",
                "RECMERGE_JOBS", "RECMERGE_SHARD", "RECMERGE_SHARD_COUNT", "RECMERGE_LOG_FORMAT", "RECMERGE_RETRY_FAILED")
                .doesNotContain("RECMERGE_SHARDS", "RECMERGE_O", "RECMERGE_HELP");
        assertThat(env.keySet()).contains("RECMERGE_ROOT", "RECMERGE_OUTPUT", "RECMERGE_SHARD_COUNT",
                "RECMERGE_JOBS", "RECMERGE_LOG_FORMAT");
        assertThat(env.keySet().stream().filter(name -> name.startsWith(EnvDefaults.PREFIX))).isSubsetOf(read);
        assertThat(env).as("Kubernetes sets it in each pod").doesNotContainKey(EnvDefaults.JOB_INDEX);
    }

    @Test
    void everyPodParsesToItsOwnShardOfTheArchive() throws IOException {
        int count = job.path("spec").path("completions").asInt();
        List<Shard> shards = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            Map<String, String> podEnv = new HashMap<>(env);
            podEnv.put(EnvDefaults.JOB_INDEX, String.valueOf(index)); // what Kubernetes adds to pod I
            BatchCommand batch = DeployFiles.parse(BatchCommand.class, podEnv, args());
            assertThat(batch.root).isEqualTo(Path.of("/data/archive"));
            assertThat(batch.output).isEqualTo(Path.of("/data/converted"));
            assertThat(batch.jobs).isEqualTo(2);
            assertThat(batch.log.json()).isTrue();
            assertThat(batch.retryFailed).isFalse();
            shards.add(batch.shard);
        }
        assertThat(shards).containsExactly(java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> new Shard(i, count)).toArray(Shard[]::new));
    }

    @Test
    void theVariablesTheDocsSuggestAreReadAndParse() throws IOException {
        Map<String, String> examples = new HashMap<>();
        for (String doc : List.of("README.md", "deploy/README.md", "deploy/k8s/recmerge-job.yaml")) {
            Matcher m = Pattern.compile("(RECMERGE_[A-Z_]+)=([a-z0-9/][a-z0-9/.-]*[a-z0-9])")
                    .matcher(Files.readString(DeployFiles.REPO.resolve(doc)));
            while (m.find()) {
                examples.put(m.group(1), m.group(2));
            }
        }
        assertThat(examples.keySet()).contains("RECMERGE_FORCE", "RECMERGE_MODE", "RECMERGE_RETRY_FAILED")
                .isSubsetOf(DeployFiles.variablesRead("batch"));
        examples.remove(EnvDefaults.SHARD_COUNT); // "N" in the docs; its parse is checked above
        BatchCommand batch = DeployFiles.parse(BatchCommand.class, examples, args());
        assertThat(batch.session.force).isTrue();
        assertThat(batch.retryFailed).isTrue();
        assertThat(batch.session.mode).isEqualTo(io.recmerge.plan.Mode.UID);
        assertThat(batch.session.profile).isEqualTo("m4a-aac");
    }

    @Test
    void runsTheImagesCommandAsTheImagesUser() throws IOException {
        assertThat(args()).as("container args = the image's CMD").isEqualTo(List.of(
                new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                        DeployFiles.dockerfile(2, "CMD").get(0).args(), String[].class)));
        assertThat(container.has("command")).as("the ENTRYPOINT is kept").isFalse();
        String user = DeployFiles.dockerfile(2, "USER").get(0).args();
        JsonNode security = pod.path("securityContext");
        assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(security.path("runAsUser").asText() + ":" + security.path("runAsGroup").asText()).isEqualTo(user);
        assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(mount("/tmp").path("name").asText()).as("scratch space on a read-only root").isNotEmpty();
    }

    @Test
    void mountsTheArchiveReadOnlyAndTheOutputWritableFromOneSharedClaim() {
        JsonNode archive = mount(env.get("RECMERGE_ROOT"));
        JsonNode output = mount(env.get("RECMERGE_OUTPUT"));
        assertThat(archive.path("readOnly").asBoolean()).isTrue();
        assertThat(output.path("readOnly").asBoolean(false)).isFalse();
        assertThat(archive.path("name").asText()).isEqualTo(output.path("name").asText());
        assertThat(archive.path("subPath").asText()).isNotEqualTo(output.path("subPath").asText());
        JsonNode volume = StreamSupport.stream(pod.path("volumes").spliterator(), false)
                .filter(v -> v.path("name").asText().equals(archive.path("name").asText())).findFirst().orElseThrow();
        assertThat(volume.path("persistentVolumeClaim").path("claimName").asText()).isNotEmpty();
    }

    @Test
    void retriesAShardOnlyWhereARerunCanHelp() {
        JsonNode spec = job.path("spec");
        assertThat(spec.path("backoffLimitPerIndex").asInt(0)).isPositive();
        assertThat(exitCodesFor("FailJob")).containsExactly(ExitCode.USAGE.code());
        assertThat(exitCodesFor("FailIndex")).containsExactlyInAnyOrder(ExitCode.PARTIAL.code(), ExitCode.NOTHING.code());
        assertThat(exitCodesFor("Ignore")).isEmpty();
        assertThat(exitCodesFor("Count")).as("130 (SIGTERM) is retried: the rerun completes the rest").isEmpty();
        assertThat(exitCodesFor("FailJob")).doesNotContain(ExitCode.INTERRUPTED.code());
        assertThat(exitCodesFor("FailIndex")).doesNotContain(ExitCode.INTERRUPTED.code());
        assertThat(pod.path("terminationGracePeriodSeconds").asInt(0)).as("time to stop ffmpeg and write the report")
                .isGreaterThanOrEqualTo(30);
    }

    @Test
    void requestsTheCoresItsJobsUse() {
        JsonNode resources = container.path("resources");
        for (String kind : List.of("requests", "limits")) {
            assertThat(resources.path(kind).path("cpu").asText()).as(kind + ".cpu").isEqualTo(env.get("RECMERGE_JOBS"));
            assertThat(resources.path(kind).path("memory").asText()).as(kind + ".memory").matches("\\d+Gi");
        }
    }

    private List<String> args() {
        List<String> args = new ArrayList<>();
        container.path("args").forEach(a -> args.add(a.asText()));
        return args;
    }

    private JsonNode mount(String path) {
        return StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                .filter(m -> m.path("mountPath").asText().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no volumeMount at " + path + " in " + container.path("volumeMounts")));
    }

    private List<Integer> exitCodesFor(String action) {
        List<Integer> codes = new ArrayList<>();
        job.path("spec").path("podFailurePolicy").path("rules").forEach(rule -> {
            if (rule.path("action").asText().equals(action)) {
                rule.path("onExitCodes").path("values").forEach(v -> codes.add(v.asInt()));
            }
        });
        return codes;
    }
}
