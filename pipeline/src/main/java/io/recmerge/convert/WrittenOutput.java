package io.recmerge.convert;

import io.recmerge.plan.PlannedOutput;
import io.recmerge.verify.OutputFacts;
import java.time.Duration;

/** An output that passed verification and was renamed into place. */
public record WrittenOutput(PlannedOutput plan, OutputFacts facts, Duration elapsed) { }
