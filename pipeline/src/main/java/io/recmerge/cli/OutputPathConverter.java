package io.recmerge.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * {@code -o OUT}: an empty value (typically an unset shell variable, {@code -o "$OUT"}) is refused
 * rather than taken as the current folder, where outputs would land unexpectedly.
 */
final class OutputPathConverter implements CommandLine.ITypeConverter<Path> {

    @Override
    public Path convert(String value) {
        if (value.isBlank()) {
            throw new CommandLine.TypeConversionException("the output folder is empty (an unset variable?); "
                    + "give a folder, e.g. -o out");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a usable path: " + e.getReason());
        }
    }
}
