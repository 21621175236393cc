package io.recmerge.bench;

/** What the benchmark runs on each case. */
enum Tool {
    RECMERGE("recmerge"),
    REFERENCE("reference"),
    REMUX("remux");

    final String label;

    Tool(String label) {
        this.label = label;
    }
}
