package io.recmerge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.recmerge.cli.DeployFiles.Instruction;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * deploy/Dockerfile, read as text (no Docker daemon here; deploy/build-check runs its steps): the
 * structure the README promises and what .ci/run installs. Each check names the line it wants.
 */
class DockerfileTest {

    @Test
    void buildsWithMavenOnJdk17ThenRunsOnASlimDebianJre() throws IOException {
        List<Instruction> from = DeployFiles.dockerfile().stream().filter(i -> i.keyword().equals("FROM")).toList();
        assertThat(from).extracting(Instruction::args).containsExactly("${MAVEN_IMAGE} AS build", "${RUNTIME_IMAGE}");
        assertThat(argDefault("MAVEN_IMAGE")).startsWith("maven:").contains("temurin-17");
        assertThat(argDefault("RUNTIME_IMAGE")).matches("debian:[a-z0-9.]+-slim");
        assertThat(DeployFiles.dockerfile(2, "COPY")).extracting(Instruction::args)
                .contains("--from=build /src/pipeline/target/recmerge.jar /opt/recmerge/recmerge.jar",
                        "--from=build /src/pipeline/target/lib/ /opt/recmerge/lib/");
    }

    @Test
    void resolvesTheDependenciesInALayerBeforeTheSourcesArrive() throws IOException {
        List<String> build = DeployFiles.dockerfile().stream().filter(i -> i.stage() == 1)
                .map(i -> i.keyword() + " " + i.args()).toList();
        int poms = indexOf(build, s -> s.equals("COPY pipeline/pom.xml pipeline/"));
        int offline = indexOf(build, s -> s.startsWith("RUN mvn ") && s.contains("dependency:go-offline"));
        int sources = indexOf(build, s -> s.equals("COPY pipeline/src/main/ pipeline/src/main/"));
        int jar = indexOf(build, s -> s.startsWith("RUN mvn ") && s.contains("-DskipTests package"));
        assertThat(indexOf(build, s -> s.equals("COPY pom.xml ./"))).isBetween(0, poms);
        assertThat(List.of(poms, offline, sources, jar)).as("poms < go-offline < sources < package in %s", build)
                .isSorted().doesNotContain(-1).doesNotHaveDuplicates();
    }

    @Test
    void installsWhatCiInstallsPlusTheJavaRuntimeAndSetpriv() throws IOException {
        Set<String> ci = DeployFiles.runtimePackages(Files.readString(DeployFiles.REPO.resolve(".ci/run")));
        String runs = DeployFiles.dockerfile(2, "RUN").stream().map(Instruction::args).collect(Collectors.joining("\n"));
        Set<String> image = DeployFiles.aptInstalled(runs);
        assertThat(ci).as(".ci/run's apt-get install").contains("libpulse0");
        assertThat(image).as("the image's apt-get install").containsAll(ci)
                .contains("openjdk-17-jre-headless", "util-linux");
        assertThat(runs).contains("--no-install-recommends", "rm -rf /var/lib/apt/lists/*", "test -x /usr/bin/setpriv");
    }

    @Test
    void runsAsTheNumericNonRootUserItCreates() throws IOException {
        String user = last(DeployFiles.dockerfile(2, "USER")).args();
        Matcher m = Pattern.compile("(\\d+):(\\d+)").matcher(user);
        assertThat(m.matches()).as("USER %s: numeric uid:gid, so that runAsNonRoot can check it", user).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isPositive();
        assertThat(DeployFiles.dockerfile(2, "RUN")).extracting(Instruction::args)
                .anySatisfy(run -> assertThat(run).contains("useradd --system --uid " + m.group(1) + " --gid " + m.group(2)));
    }

    @Test
    void entersThroughTheImageLauncherAndRunsBatchByDefault() throws IOException {
        ObjectMapper json = new ObjectMapper();
        String[] entrypoint = json.readValue(last(DeployFiles.dockerfile(2, "ENTRYPOINT")).args(), String[].class);
        String[] cmd = json.readValue(last(DeployFiles.dockerfile(2, "CMD")).args(), String[].class);
        assertThat(entrypoint).containsExactly("/opt/recmerge/bin/recmerge");
        assertThat(cmd).containsExactly("batch");
        assertThat(new picocli.CommandLine(new Main()).getSubcommands()).containsKey("batch");
        assertThat(DeployFiles.dockerfile(2, "COPY")).extracting(Instruction::args)
                .contains("deploy/bin/recmerge /opt/recmerge/bin/recmerge");
        String launcher = Files.readString(DeployFiles.REPO.resolve("deploy/bin/recmerge"));
        assertThat(launcher).contains("exec java $jvm_opts -Dorg.bytedeco.javacpp.cachedir=\"$home/javacpp-cache\" ${RECMERGE_JAVA_OPTS:-}",
                "-jar \"$home/recmerge.jar\" \"$@\"");
        assertThat(Files.isExecutable(DeployFiles.REPO.resolve("deploy/bin/recmerge"))).isTrue();
    }

    @Test
    void logsJsonThroughAVariableTheCliReads() throws IOException {
        Map<String, String> env = Arrays.stream(last(DeployFiles.dockerfile(2, "ENV")).args().split(" "))
                .map(kv -> kv.split("=", 2)).collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
        assertThat(env).containsEntry("RECMERGE_LOG_FORMAT", "json").containsEntry("LANG", "C.UTF-8");
        assertThat(env.keySet().stream().filter(k -> k.startsWith(EnvDefaults.PREFIX)))
                .isSubsetOf(DeployFiles.variablesRead("batch"));
        BatchCommand batch = DeployFiles.parse(BatchCommand.class, env, List.of("batch"));
        assertThat(batch.log.json()).isTrue();
    }

    @Test
    void copiesOnlyWhatTheRepositoryHas() throws IOException {
        List<String> sources = DeployFiles.dockerfile().stream()
                .filter(i -> i.keyword().equals("COPY") && !i.args().startsWith("--from="))
                .flatMap(i -> {
                    List<String> words = List.of(i.args().split(" "));
                    return words.subList(0, words.size() - 1).stream();
                }).toList();
        Matcher bind = Pattern.compile("--mount=type=bind,source=([^,]+)").matcher(
                DeployFiles.dockerfile(2, "RUN").stream().map(Instruction::args).collect(Collectors.joining(" ")));
        assertThat(bind.find()).as("the smoke conversion binds a sample").isTrue();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(5);
        assertThat(java.util.stream.Stream.concat(sources.stream(), java.util.stream.Stream.of(bind.group(1))))
                .allSatisfy(path -> assertThat(DeployFiles.REPO.resolve(path)).as("COPY source").exists());
    }

    @Test
    void theSmokeConversionWritesTheClassDataArchiveTheLauncherReads() throws IOException {
        String smoke = DeployFiles.dockerfile(2, "RUN").stream().map(Instruction::args)
                .filter(a -> a.contains("--mount=type=bind")).findFirst().orElseThrow();
        assertThat(smoke).contains("RECMERGE_JAVA_OPTS=-XX:ArchiveClassesAtExit=/opt/recmerge/recmerge.jsa");
        String launcher = Files.readString(DeployFiles.REPO.resolve("deploy/bin/recmerge"));
        // The launcher sits in /opt/recmerge/bin, so $home is /opt/recmerge.
        assertThat(launcher).contains("-XX:SharedArchiveFile=$home/recmerge.jsa", "if [ -f \"$home/recmerge.jsa\" ]");
    }

    private static String argDefault(String name) throws IOException {
        return DeployFiles.dockerfile(0, "ARG").stream().map(Instruction::args)
                .filter(a -> a.startsWith(name + "=")).map(a -> a.substring(name.length() + 1))
                .findFirst().orElseThrow(() -> new AssertionError("no ARG " + name + "=... before the first FROM"));
    }

    private static int indexOf(List<String> lines, Predicate<String> match) {
        for (int i = 0; i < lines.size(); i++) {
            if (match.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static Instruction last(List<Instruction> instructions) {
        assertThat(instructions).isNotEmpty();
        return instructions.get(instructions.size() - 1);
    }
}
