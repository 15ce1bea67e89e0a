package org.steplens.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.steplens.cli.GuiArguments;
import org.steplens.ui.analysis.CoreProblemAnalyzer;
import org.steplens.ui.common.FxTaskRunner;
import org.steplens.ui.files.CoreDatasetOpener;
import org.steplens.ui.common.MathRenderer;
import org.steplens.ui.common.Theme;

/** The StepLens desktop application: the main window on the files given, or on the bundled sample. */
public final class StepLensApp extends Application {
    private MainWindow window;

    /** Called by {@code org.steplens.Main}. */
    public static void launchWith(String[] args) {
        MathRenderer.initialiseFonts(); // before JavaFX's own font set-up starts: see initialiseFonts
        Application.launch(StepLensApp.class, args);
    }

    /** The parts the application runs with: named, bounded background pools and the core's loader and analysis. */
    public static AppServices defaultServices(Preferences preferences) {
        MathRenderer renderer = new MathRenderer();
        FxTaskRunner math = new FxTaskRunner("typeset", 1);
        math.run("warm-up", t -> {
            renderer.warmUp();
            return null;
        }, r -> { }, e -> org.slf4j.LoggerFactory.getLogger(StepLensApp.class).warn("math typesetting warm-up failed", e));
        return new AppServices(new CoreDatasetOpener(), new CoreProblemAnalyzer(),
                new FxTaskRunner("load", 1), new FxTaskRunner("analysis", 1), new FxTaskRunner("problem-flags", 1), new FxTaskRunner("score", 1),
                math, renderer, preferences, List.of(org.steplens.ui.bestofn.BestOfNView::new));
    }

    @Override
    public void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(stage, defaultServices(Preferences.userNodeForPackage(StepLensApp.class)));
        StartupProbe.attach(stage);
        window.show();
        GuiArguments arguments = GuiArguments.parse(getParameters().getRaw().toArray(String[]::new));
        if (arguments.compareWith() != null) {
            window.openTwoRuns(arguments.files().get(0), arguments.compareWith());
            return;
        }
        List<Path> files = new ArrayList<>(arguments.files());
        if (files.isEmpty()) {
            files.addAll(DefaultFiles.find(DefaultFiles.home()));
        }
        if (files.isEmpty()) {
            window.mainViewModel().showNoSample(DefaultFiles.home().resolve("samples"));
        } else {
            window.mainViewModel().open(files);
        }
    }

    @Override
    public void stop() {
        // MainWindow shuts its runners down when the stage hides
    }
}
