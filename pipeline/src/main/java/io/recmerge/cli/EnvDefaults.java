package io.recmerge.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every option also reads from a {@code RECMERGE_*} variable, for containers where a command line
 * is awkward to change: {@code --leading-blank} from {@code RECMERGE_LEADING_BLANK}, a positional
 * {@code ROOT} from {@code RECMERGE_ROOT}. A value on the command line wins. {@code --shard} also
 * follows a Kubernetes Indexed Job: {@code JOB_COMPLETION_INDEX} with {@code RECMERGE_SHARD_COUNT}.
 */
final class EnvDefaults implements CommandLine.IDefaultValueProvider {

    static final String PREFIX = "RECMERGE_";
    static final String JOB_INDEX = "JOB_COMPLETION_INDEX";
    static final String SHARD_COUNT = PREFIX + "SHARD_COUNT";

    private final Map<String, String> env;

    EnvDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The variable an option or positional parameter reads: {@code RECMERGE_} + its name in capitals. */
    static Optional<String> variableFor(ArgSpec arg) {
        String name;
        if (arg instanceof OptionSpec option) {
            name = option.longestName().replaceFirst("^-+", "");
            if (name.equals("help") || name.equals("version")) {
                return Optional.empty();
            }
        } else if (arg instanceof PositionalParamSpec positional) {
            name = positional.paramLabel().replaceAll("[<>]", "");
        } else {
            return Optional.empty();
        }
        return Optional.of(PREFIX + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        Optional<String> variable = variableFor(arg);
        if (variable.isEmpty()) {
            return null;
        }
        String value = env.get(variable.get());
        if (value == null && variable.get().equals(PREFIX + "SHARD")) {
            return kubernetesShard();
        }
        return value == null || value.isEmpty() ? null : value;
    }

    /** Pod I of an Indexed Job with N completions takes shard I/N (the index counts from 0). */
    private String kubernetesShard() {
        String index = env.get(JOB_INDEX);
        String count = env.get(SHARD_COUNT);
        return index == null || count == null ? null : index.strip() + "/" + count.strip();
    }
}
