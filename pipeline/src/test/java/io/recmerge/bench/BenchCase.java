package io.recmerge.bench;

import io.recmerge.testkit.UserSessionSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * One benchmark case: one or more session folders of one user each, all made from {@code user}'s spec.
 *
 * @param remux  whether a bare {@code -c copy} remux is a fair comparison (one AAC + one H.264 MP4)
 * @param batch  a folder tree of sessions: recmerge runs {@code batch} over it (or one convert each)
 * @param reps   how many times each tool runs, interleaved
 */
record BenchCase(String name, String what, UserSessionSpec user, List<Path> dirs, boolean remux, boolean batch,
                 int reps, List<Target> targets) {

    BenchCase {
        dirs = List.copyOf(dirs);
        targets = List.copyOf(targets);
    }
}
