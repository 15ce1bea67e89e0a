package org.steplens.bench;

import java.util.Arrays;
import java.util.List;
import org.steplens.model.Dataset;
import org.steplens.select.BestOfNInput;
import org.steplens.select.BestOfNResult;
import org.steplens.select.BestOfNSettings;
import org.steplens.select.BestOfNSimulator;
import org.steplens.select.SelectionMethod;
import org.steplens.select.SelectionSettings;
import org.steplens.select.SimulationProgress;

/**
 * Best-of-N at the paper's scale: 500 problems × 1,860 generated Lightman-shaped samples, the paper's 14 N values,
 * 400 trials, PRM + ORM + majority. Prints the median simulation time over several runs (after one warm-up) and
 * the throughput in (problem × trial × N) per second. The one-off reduction of the dataset (answer clustering,
 * PRM scores) is timed separately.
 *
 * <p>Usage: {@code app/bench BestOfNBenchmark [runs] [threads] [problems]} (defaults 7, all processors, 500).
 * Besides wall time it prints the process CPU time of each run: on a shared machine the wall time mostly measures
 * the other load, while CPU time / threads is what the run would take on idle cores.
 */
public final class BestOfNBenchmark {
    private BestOfNBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int problems = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t0 = System.nanoTime();
        Dataset data = BestOfNData.generate(problems, 1860, 1860, 2023);
        long t1 = System.nanoTime();
        BestOfNInput input = BestOfNInput.of(data, SelectionSettings.defaults());
        long t2 = System.nanoTime();
        System.out.printf("generated %d problems x %d samples in %.2f s; reduced (clusters, scores) in %.2f s%n",
                data.problemCount(), 1860, (t1 - t0) / 1e9, (t2 - t1) / 1e9);

        List<SelectionMethod> methods = List.of(SelectionMethod.PRM, SelectionMethod.ORM, SelectionMethod.MAJORITY);
        BestOfNSettings settings = BestOfNSettings.paper(methods).withThreads(threads);
        System.out.printf("N = %s, %d trials, %s, %d threads%n", Arrays.toString(BestOfNSettings.PAPER_N),
                settings.trials(), methods, settings.effectiveThreads());

        BestOfNResult result = BestOfNSimulator.run(input, settings, SimulationProgress.NONE); // warm-up
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long c = os.getProcessCpuTime();
            long s = System.nanoTime();
            result = BestOfNSimulator.run(input, settings, SimulationProgress.NONE);
            seconds[r] = (System.nanoTime() - s) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - c) / 1e9;
            System.out.printf("run %d: wall %.3f s, cpu %.3f s, system load %.1f%n", r + 1, seconds[r], cpu[r],
                    os.getSystemLoadAverage());
        }
        double[] sortedCpu = cpu.clone();
        Arrays.sort(sortedCpu);
        double medianCpu = runs % 2 == 1 ? sortedCpu[runs / 2] : (sortedCpu[runs / 2 - 1] + sortedCpu[runs / 2]) / 2;
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        System.out.printf("median cpu %.3f s = %.3f s per thread of %d%n", medianCpu,
                medianCpu / settings.effectiveThreads(), settings.effectiveThreads());
        double units = (double) problems * settings.trials() * BestOfNSettings.PAPER_N.length;
        System.out.printf("median %.3f s over %d runs (min %.3f, max %.3f); target < 3 s: %s%n", median, runs,
                sorted[0], sorted[runs - 1], median < 3 ? "met" : "MISSED");
        System.out.printf("throughput %.2f M (problem x trial x N)/s; %.1f M slots/s%n", units / median / 1e6,
                (double) problems * settings.trials() * 1860 / median / 1e6);
        int last = BestOfNSettings.PAPER_N.length - 1;
        for (SelectionMethod m : methods) {
            System.out.printf("  %-9s @10 %.1f %%   @1860 %.1f %% (sd %.2f)%n", m.id(), 100 * result.mean(m, 0),
                    100 * result.mean(m, last), 100 * result.std(m, last));
        }
    }
}
