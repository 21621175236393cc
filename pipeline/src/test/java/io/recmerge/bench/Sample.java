package io.recmerge.bench;

/**
 * One timed run (possibly several processes one after another, like the reference's two commands).
 *
 * @param wall          seconds, start of the first process to the exit of the last
 * @param cpu           user + system seconds of all processes and their children (GNU time)
 * @param jvmPeakKb     highest VmHWM of any java process seen, kB (0: none ran)
 * @param ffmpegPeakKb  highest VmHWM of any ffmpeg/ffprobe process seen, kB
 * @param treePeakKb    GNU time's maximum resident set size: the largest single process of the tree, kB
 */
record Sample(double wall, double cpu, long jvmPeakKb, long ffmpegPeakKb, long treePeakKb) {

    static final Sample ZERO = new Sample(0, 0, 0, 0, 0);

    /** Both runs one after the other: times add up, peaks do not. */
    Sample then(Sample next) {
        return new Sample(wall + next.wall, cpu + next.cpu, Math.max(jvmPeakKb, next.jvmPeakKb),
                Math.max(ffmpegPeakKb, next.ffmpegPeakKb), Math.max(treePeakKb, next.treePeakKb));
    }
}
