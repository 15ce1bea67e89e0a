package org.steplens.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.steplens.ui.session.ProblemReport;
import org.steplens.ui.browse.ProblemItem;
import org.steplens.ui.shell.MainWindow;
import org.steplens.ui.shell.StepLensApp;

/**
 * How responsive the inspector stays on a 500 × 1,860 Lightman-shaped file (the size of the paper's best-of-1860
 * MATH500 release). Generates the file once (target/bench/lightman-500x1860.jsonl), opens it in the real window
 * and reports:
 * <ul>
 *   <li>time from "open" to the first problem painted, and to the whole file loaded;</li>
 *   <li>selection → painted: set the selected problem, wait for its report and the next pulse; median over runs;</li>
 *   <li>threshold → painted: move the threshold, wait for the recoloured report and the next pulse; median.</li>
 * </ul>
 * Runs headless (Monocle) unless a DISPLAY is set. Args: [problems] [candidates] [runs].
 */
public final class UiResponsivenessBenchmark {
    private static MainWindow window;
    /** When the last awaited report reached the FX thread (before its listeners ran). */
    private static volatile long arrivedAt;
    private static final List<Double> analysisMs = new ArrayList<>();
    private static final List<Double> uiMs = new ArrayList<>();
    /** CPU time the FX thread spent from the change to the pulse: independent of how busy the machine is. */
    private static final List<Double> fxCpuMs = new ArrayList<>();
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        int problems = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 1860;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 41;
        Path file = Path.of("target/bench/lightman-" + problems + "x" + candidates + ".jsonl");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            generate(file, problems, candidates, 20260);
            System.out.printf("generated %s (%,d MB) in %.1f s%n", file, Files.size(file) >> 20, (System.nanoTime() - t) / 1e9);
        }
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
        }
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            window = new MainWindow(new Stage(), StepLensApp.defaultServices(
                    Preferences.userRoot().node("org/steplens/bench/ui")));
            window.show();
            started.countDown();
        });
        started.await();

        // open: first problem painted, then everything loaded
        AtomicLong firstPainted = new AtomicLong();
        CountDownLatch first = new CountDownLatch(1);
        long open = System.nanoTime();
        AtomicLong firstProblems = new AtomicLong();
        AtomicLong firstReport = new AtomicLong();
        Platform.runLater(() -> {
            window.mainViewModel().problems().addListener((javafx.collections.ListChangeListener<Object>) c -> {
                if (firstProblems.get() == 0) {
                    firstProblems.set(System.nanoTime());
                }
            });
            window.reports().reportProperty().addListener((o, a, r) -> {
                if (r != null && first.getCount() > 0) {
                    firstReport.set(System.nanoTime());
                    afterPulse(() -> {
                        firstPainted.set(System.nanoTime());
                        first.countDown();
                    });
                }
            });
            window.mainViewModel().open(List.of(file));
        });
        first.await(10, TimeUnit.MINUTES);
        int loadedAtFirst = onFx(() -> window.mainViewModel().problems().size());
        CountDownLatch loaded = new CountDownLatch(1);
        Platform.runLater(() -> {
            if (window.mainViewModel().datasetProperty().get() != null) {
                loaded.countDown();
            }
            window.mainViewModel().datasetProperty().addListener((o, a, d) -> {
                if (d != null) {
                    loaded.countDown();
                }
            });
        });
        loaded.await(30, TimeUnit.MINUTES);
        long done = System.nanoTime();
        System.out.printf("open → first problem painted: %.0f ms (%d of %d problems read by then)%n",
                (firstPainted.get() - open) / 1e6, loadedAtFirst, problems);
        System.out.printf("  (first problems reached the FX thread at %.0f ms, their report at %.0f ms)%n",
                (firstProblems.get() - open) / 1e6, (firstReport.get() - open) / 1e6);
        System.out.printf("open → whole file loaded:     %.1f s%n", (done - open) / 1e9);

        // warm-up, then selection → painted
        List<ProblemItem> items = onFx(() -> new ArrayList<>(window.inspectorPage().problemList().visible()));
        Random r = new Random(1);
        for (int i = 0; i < 5; i++) {
            select(items.get(r.nextInt(items.size())));
        }
        double[] selection = new double[runs];
        analysisMs.clear();
        uiMs.clear();
        fxCpuMs.clear();
        for (int i = 0; i < runs; i++) {
            selection[i] = select(items.get(r.nextInt(items.size())));
        }
        double[] selAnalysis = analysisMs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] selUi = uiMs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] selCpu = fxCpuMs.stream().mapToDouble(Double::doubleValue).toArray();
        analysisMs.clear();
        uiMs.clear();
        fxCpuMs.clear();
        double[] threshold = new double[runs];
        for (int i = 0; i < runs; i++) {
            double value = 0.3 + 0.4 * ((i % 20) / 20.0);
            threshold[i] = moveThreshold(i % 2 == 0 ? value : 1 - value);
        }
        report("problem selection → painted", selection);
        report("  of which change → report", selAnalysis);
        report("  of which report → painted", selUi);
        report("  FX thread CPU time", selCpu);
        report("threshold move → painted", threshold);
        report("  of which change → report", analysisMs.stream().mapToDouble(Double::doubleValue).toArray());
        report("  of which report → painted", uiMs.stream().mapToDouble(Double::doubleValue).toArray());
        report("  FX thread CPU time", fxCpuMs.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf("load average at the end: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        Platform.runLater(() -> window.scene().getWindow().hide());
        Platform.exit();
        System.exit(0);
    }

    private static double select(ProblemItem item) throws Exception {
        return timeUntilPainted(() -> window.inspectorPage().problemList().selectedProperty().set(item),
                rep -> rep.problem() == item.problem());
    }

    private static double moveThreshold(double value) throws Exception {
        double rounded = Math.round(value * 100) / 100.0;
        return timeUntilPainted(() -> window.session().changeSettings(window.session().settings().withThreshold(rounded)),
                rep -> rep.settings().threshold() == rounded);
    }

    /** Milliseconds from the change (made on the FX thread) to the first pulse after the matching report is shown. */
    private static double timeUntilPainted(Runnable change, Predicate<ProblemReport> arrived) throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        AtomicLong end = new AtomicLong();
        AtomicLong start = new AtomicLong();
        AtomicLong cpuStart = new AtomicLong();
        AtomicLong cpuEnd = new AtomicLong();
        Platform.runLater(() -> {
            cpuStart.set(CPU.getCurrentThreadCpuTime());
            javafx.beans.value.ChangeListener<ProblemReport> l = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends ProblemReport> o, ProblemReport a, ProblemReport rep) {
                    if (rep != null && arrived.test(rep)) {
                        arrivedAt = System.nanoTime();
                        window.reports().reportProperty().removeListener(this);
                        afterPulse(() -> {
                            end.set(System.nanoTime());
                            cpuEnd.set(CPU.getCurrentThreadCpuTime());
                            painted.countDown();
                        });
                    }
                }
            };
            window.reports().reportProperty().addListener(l);
            start.set(System.nanoTime());
            change.run();
            ProblemReport now = window.reports().report();
            if (now != null && arrived.test(now) && painted.getCount() > 0 && !window.reports().busyProperty().get()) {
                window.reports().reportProperty().removeListener(l);
                afterPulse(() -> {
                    end.set(System.nanoTime());
                    cpuEnd.set(CPU.getCurrentThreadCpuTime());
                    painted.countDown();
                });
            }
        });
        if (!painted.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("view did not update within 60 s");
        }
        if (arrivedAt > start.get()) {
            analysisMs.add((arrivedAt - start.get()) / 1e6);
            uiMs.add((end.get() - arrivedAt) / 1e6);
        }
        arrivedAt = 0;
        fxCpuMs.add((cpuEnd.get() - cpuStart.get()) / 1e6);
        return (end.get() - start.get()) / 1e6;
    }

    /** Runs {@code action} once, after the next pulse has laid out the scene (rendering follows in that pulse). */
    private static void afterPulse(Runnable action) {
        var scene = window.scene();
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(f);
        return f.get();
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%-30s median %6.1f ms  p90 %6.1f ms  min %6.1f  max %6.1f  (%d runs)%n", what,
                s[s.length / 2], s[(int) Math.floor(s.length * 0.9)], s[0], s[s.length - 1], s.length);
    }

    /** Lightman's scored-sample format, one sample a line, a problem's samples together. */
    static void generate(Path file, int problems, int candidates, long seed) throws IOException {
        Files.createDirectories(file.getParent());
        ObjectMapper json = new ObjectMapper();
        Random r = new Random(seed);
        String[] subjects = {"Algebra", "Geometry", "Number Theory", "Precalculus", "Prealgebra", "Intermediate Algebra"};
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (int p = 0; p < problems; p++) {
                String truth = "\\frac{" + (p + 1) + "}{" + (p % 7 + 2) + "}";
                String[] wrong = new String[12];
                for (int k = 0; k < wrong.length; k++) {
                    wrong[k] = Integer.toString(r.nextInt(50) + k * 50);
                }
                String text = "Let $f(x) = x^2 + " + p + "x$. Find the value of $\\frac{f(" + (p + 1) + ")}{" + (p % 7 + 2)
                        + "}$ in simplest form.";
                for (int c = 0; c < candidates; c++) {
                    boolean right = r.nextDouble() < 0.45;
                    String answer = right ? truth : wrong[r.nextInt(wrong.length)];
                    int steps = 3 + r.nextInt(6);
                    ObjectNode line = json.createObjectNode();
                    line.put("problem", text);
                    ArrayNode st = line.putArray("steps");
                    ArrayNode probs = line.putArray("rating_probs");
                    double product = 1;
                    for (int s = 0; s < steps; s++) {
                        st.add(s == steps - 1 ? "So the value is $" + answer + "$.\n\n# Answer\n\n" + answer
                                : "We have $f(" + s + ") = " + (s * s + p * s) + "$ by substitution.");
                        double pos = right ? 0.55 + 0.45 * r.nextDouble() : Math.pow(r.nextDouble(), 0.7);
                        double neu = (1 - pos) * 0.3 * r.nextDouble();
                        ObjectNode pr = probs.addObject();
                        pr.put("1", pos);
                        pr.put("0", neu);
                        pr.put("-1", 1 - pos - neu);
                        product *= pos + neu;
                    }
                    line.put("answer", answer);
                    line.put("is_correct", right);
                    line.put("subject", subjects[p % subjects.length]);
                    line.put("level", 1 + p % 5);
                    line.put("unique_id", "test/generated/" + p + ".json");
                    line.put("orm_score", right ? 0.4 + 0.6 * r.nextDouble() : 0.8 * r.nextDouble());
                    line.put("prm_score", product);
                    line.put("ground_truth_answer", truth);
                    w.write(json.writeValueAsString(line));
                    w.newLine();
                }
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
