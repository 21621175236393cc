package io.recmerge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The files in deploy/ as the tests read them, and the CLI's side of the contract with them. */
final class DeployFiles {

    static final Path REPO = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("..").normalize();

    /** One Dockerfile instruction, continuation lines joined; {@code stage} counts FROMs from 1. */
    record Instruction(int stage, String keyword, String args) { }

    private DeployFiles() {
    }

    static List<Instruction> dockerfile() throws IOException {
        String joined = Files.readString(REPO.resolve("deploy/Dockerfile")).replaceAll("\\\\\\r?\\n", " ");
        List<Instruction> out = new ArrayList<>();
        int stage = 0;
        for (String line : joined.split("\\r?\\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            String keyword = parts[0].toUpperCase(java.util.Locale.ROOT);
            stage += keyword.equals("FROM") ? 1 : 0;
            out.add(new Instruction(stage, keyword, parts.length > 1 ? parts[1].replaceAll("\\s+", " ") : ""));
        }
        return out;
    }

    static List<Instruction> dockerfile(int stage, String keyword) throws IOException {
        return dockerfile().stream().filter(i -> i.stage() == stage && i.keyword().equals(keyword)).toList();
    }

    /** .ci/run's {@code runtime_packages=(...)}: what a machine needs to run recmerge, tests aside. */
    static Set<String> runtimePackages(String ciRun) {
        Matcher m = Pattern.compile("runtime_packages=\\(([^)]*)\\)").matcher(ciRun);
        if (!m.find()) {
            throw new AssertionError(".ci/run declares no runtime_packages=(...)");
        }
        return Set.of(m.group(1).trim().split("\\s+"));
    }

    /** The packages an {@code apt-get install} in this text installs (options and redirects left out). */
    static Set<String> aptInstalled(String text) {
        Set<String> packages = new TreeSet<>();
        Matcher m = Pattern.compile("apt-get\\s+install\\s+([^&;|\\n]*)").matcher(text);
        while (m.find()) {
            Stream.of(m.group(1).trim().split("\\s+"))
                    .filter(w -> w.matches("[a-z0-9][a-z0-9+.-]*"))
                    .forEach(packages::add);
        }
        return packages;
    }

    static JsonNode jobManifest() throws IOException {
        return new YAMLMapper().readTree(REPO.resolve("deploy/k8s/recmerge-job.yaml").toFile());
    }

    /** name -> value of the one container's env list. */
    static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e.path("value").asText()));
        return env;
    }

    /** Every variable a subcommand reads through {@link EnvDefaults}: its options and positionals, and the shard count. */
    static Set<String> variablesRead(String subcommand) {
        CommandSpec spec = new CommandLine(new Main()).getSubcommands().get(subcommand).getCommandSpec();
        Set<String> names = new TreeSet<>();
        Stream.concat(spec.options().stream(), spec.positionalParameters().stream()).map(ArgSpec.class::cast)
                .forEach(arg -> EnvDefaults.variableFor(arg).ifPresent(names::add));
        names.add(EnvDefaults.SHARD_COUNT);
        return names;
    }

    /** Parses a command line the way {@link Main#run(Map, String...)} does, with this environment. */
    static <T> T parse(Class<T> command, Map<String, String> env, List<String> args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setDefaultValueProvider(new EnvDefaults(env));
        CommandLine.ParseResult result = cli.parseArgs(args.toArray(String[]::new));
        return command.cast(result.subcommand().commandSpec().userObject());
    }
}
