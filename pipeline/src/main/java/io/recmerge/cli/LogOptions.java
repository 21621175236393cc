package io.recmerge.cli;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Locale;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --log-format text|json} (or RECMERGE_LOG_FORMAT): json turns every stderr line into one
 * JSON object (logback's JsonEncoder), for container log collectors. stdout stays as it is.
 */
final class LogOptions {

    enum Format { TEXT, JSON }

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
            converter = FormatChoice.class,
            description = "Messages on stderr as text lines or one JSON object a line. Default: ${DEFAULT-VALUE}.")
    Format format = Format.TEXT;

    boolean json() {
        return format == Format.JSON;
    }

    /** Switches logback's root appender to JSON when asked; text needs nothing (logback.xml). */
    void apply() {
        if (!json()) {
            return;
        }
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(ctx);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(ctx);
        appender.setName("JSON");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(appender);
        String level = System.getenv("RECMERGE_LOG_LEVEL");
        ctx.getLogger("io.recmerge").setLevel(ch.qos.logback.classic.Level.toLevel(level, ch.qos.logback.classic.Level.INFO));
    }

    static final class FormatChoice implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "text" -> Format.TEXT;
                case "json" -> Format.JSON;
                default -> throw new CommandLine.TypeConversionException("'" + text + "' is not text or json");
            };
        }
    }
}
