package io.recmerge.batch;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.recmerge.report.Json;
import io.recmerge.report.ManifestWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes batch-report.json and its CSV twin (one row per session) into OUT, each atomically. */
final class BatchReports {

    private static final CsvMapper CSV = new CsvMapper();

    private BatchReports() {
    }

    static void write(BatchReport report, BatchSettings settings) {
        try {
            ManifestWriter.writeAtomically(settings.out().resolve(settings.reportName("json")), Json.write(report));
            CsvSchema schema = CSV.schemaFor(SessionEntry.class).withHeader();
            ManifestWriter.writeAtomically(settings.out().resolve(settings.reportName("csv")),
                    CSV.writer(schema).writeValueAsString(report.sessions()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch report into " + settings.out(), e);
        }
    }
}
