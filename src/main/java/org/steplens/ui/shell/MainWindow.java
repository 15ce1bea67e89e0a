package org.steplens.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.io.FileNames;
import org.steplens.ui.common.Icons;
import org.steplens.ui.files.LoadReportView;
import org.steplens.ui.files.MainViewModel;
import org.steplens.ui.files.RecentFiles;
import org.steplens.ui.common.SaveDialog;
import org.steplens.ui.common.MathText;
import org.steplens.ui.common.Theme;
import org.steplens.ui.inspect.InspectorPage;
import org.steplens.ui.session.AppContext;
import org.steplens.ui.session.AppView;
import org.steplens.ui.session.AppViewFactory;
import org.steplens.ui.session.CommandStack;
import org.steplens.ui.session.ReportModel;
import org.steplens.ui.session.Session;

/**
 * The main window: assembles the session, the views (as tabs), menus, toolbar and the status bar. It holds no state
 * of its own beyond the nodes; the views share the {@link Session}.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppServices services;
    private final Session session = new Session();
    private final MainViewModel main;
    private final ReportModel reports;
    private final InspectorPage inspectorPage;
    private final List<AppView> views = new ArrayList<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final TabPane tabs = new TabPane();
    private final Scene scene;
    private final org.steplens.ui.score.ModelScoringViewModel scoring;
    private final java.util.Map<KeyCombination, Runnable> shortcuts = new java.util.LinkedHashMap<>();
    /** Shortcuts a focused text field keeps for itself (its own undo and redo of typing). */
    private final java.util.Set<KeyCombination> textShortcuts = new java.util.HashSet<>();
    private final org.steplens.ui.present.DeckModel deck;
    private final org.steplens.ui.present.PresenterMode presenter;
    private Stage deckWindow;
    private Stage loadReport;
    /** Preference key: the model folder last chosen (the chooser starts beside it when there are no bundled models). */
    private static final String LAST_MODEL = "lastModelFolder";
    private MenuBar menuBar;
    private boolean disposed;

    public MainWindow(Stage stage, AppServices services) {
        this.stage = stage;
        this.services = services;
        this.main = new MainViewModel(session, services.opener(), services.loadRunner(),
                new RecentFiles(services.preferences()));
        this.reports = new ReportModel(session, services.analyzer(), services.analysisRunner());
        AppContext context = new AppContext(session, reports, services.analysisRunner(),
                new MathText(services.renderer(), services.mathRunner()), theme);
        inspectorPage = new InspectorPage(context, services.flagRunner());
        inspectorPage.probe().modelFolderProperty().set(
                org.steplens.ui.probe.ProbeModel.bundledModel(DefaultFiles.home()));
        scoring = new org.steplens.ui.score.ModelScoringViewModel(session, services.scoreRunner());
        deck = new org.steplens.ui.present.DeckModel(session, services.loadRunner());
        inspectorPage.setOnAddToDeck(() -> deck.addFailures(inspectorPage.problemList().visible().stream()
                .map(org.steplens.ui.browse.ProblemItem::problem).toList(),
                inspectorPage.problemList().activeFailureKinds(), inspectorPage.problemList().flagSettings()));
        views.add(inspectorPage);
        for (AppViewFactory f : services.extraViews()) {
            views.add(f.create(context));
        }
        for (AppView v : views) {
            Tab tab = new Tab(v.title(), v.content());
            tab.setGraphic(v.icon());
            tab.setClosable(false);
            tabs.getTabs().add(tab);
        }
        tabs.setId("views");
        // a problem opened from another view (e.g. a best-of-N chart) is shown in the inspector
        session.problemProperty().addListener((o, a, p) -> {
            if (p != null && tabs.getSelectionModel().getSelectedIndex() != 0) {
                tabs.getSelectionModel().select(0);
            }
        });
        session.problemListRequestProperty().addListener((o, a, r) -> {
            if (r != null) {
                tabs.getSelectionModel().select(0); // the list is in the inspector
            }
        });
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (a.intValue() >= 0) {
                views.get(a.intValue()).onHidden();
            }
            views.get(i.intValue()).onShown();
        });
        tabs.getStyleClass().add("floating");

        BorderPane root = new BorderPane();
        menuBar = menuBar();
        root.setTop(new VBox(menuBar, toolBar()));
        root.setCenter(tabs);
        root.setBottom(statusBar());
        // size and position as the user left them, clamped to the screens there now; first start: the whole screen
        WindowGeometry geometry = WindowGeometry.restore(services.preferences());
        scene = new Scene(root, geometry.width(), geometry.height());
        scene.getStylesheets().add(Theme.stylesheetUrl());
        presenter = new org.steplens.ui.present.PresenterMode(stage, scene, context, deck, services.preferences());
        installDragAndDrop();
        // a file nothing could be read from leaves the open one in place: say why at once
        main.nothingReadProperty().addListener((o, was, now) -> {
            if (now) {
                showLoadReport();
            }
        });
        installShortcuts();
        // the theme: -Dsteplens.theme=dark|light, else the user's last choice
        String asked = System.getProperty("steplens.theme", services.preferences().get("theme", "light"));
        theme.set("dark".equalsIgnoreCase(asked) ? Theme.DARK : Theme.LIGHT);
        theme.addListener((o, a, t) -> {
            t.apply();
            services.preferences().put("theme", t.name().toLowerCase(java.util.Locale.ROOT));
        });
        theme.get().apply();
        // "• name — StepLens" while the document has unsaved changes
        stage.titleProperty().bind(Bindings.when(session.commands().dirtyProperty())
                .then(Bindings.concat("• ", main.titleProperty())).otherwise(main.titleProperty()));
        stage.setScene(scene);
        geometry.applyTo(stage);
        // dispose once: a stage can be hidden again later (tests reuse one stage for many windows)
        stage.setOnHidden(e -> {
            stage.setOnHidden(null);
            WindowGeometry.save(services.preferences(), stage);
            dispose();
        });
    }

    private MenuBar menuBar() {
        MenuItem open = item("Open…", Material2AL.FOLDER_OPEN, new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFiles);
        Menu recent = new Menu("Open recent");
        recent.setId("recentMenu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : main.recentFiles()) {
                MenuItem i = new MenuItem(p.toString());
                i.setOnAction(e -> openFiles(List.of(p)));
                recent.getItems().add(i);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        fillRecent.run();
        main.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        MenuItem saveAs = item("Save as…", Material2MZ.SAVE_ALT,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::chooseSaveAs);
        saveAs.setId("saveAs");
        saveAs.disableProperty().bind(session.datasetProperty().isNull());
        MenuItem report = item("Load report…", Material2AL.LIST, null, this::showLoadReport);
        MenuItem twoRuns = item("Open two runs…", Material2MZ.SWAP_HORIZ, null, () -> TwoRuns.choose(stage,
                main.openedFiles().isEmpty() ? null : main.openedFiles().get(0).toAbsolutePath().getParent())
                .ifPresent(ab -> openTwoRuns(ab.get(0), ab.get(1))));
        twoRuns.setId("openTwoRuns");
        MenuItem quit = item("Quit", null, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), stage::close);
        Menu file = new Menu("File", null, open, twoRuns, recent, saveAs, report, new SeparatorMenuItem(), quit);
        Menu edit = editMenu();

        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkTheme");
        KeyCombination darkKey = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        dark.setAccelerator(darkKey);
        shortcuts.put(darkKey, () -> theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK));
        dark.selectedProperty().addListener((o, a, b) -> theme.set(b ? Theme.DARK : Theme.LIGHT));
        theme.addListener((o, a, t) -> dark.setSelected(t == Theme.DARK));
        CheckMenuItem reviewMode = new CheckMenuItem("Review mode");
        reviewMode.setId("reviewModeItem");
        KeyCombination reviewKey = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
        reviewMode.setAccelerator(reviewKey);
        shortcuts.put(reviewKey, () -> inspectorPage.review().reviewModeProperty().set(
                !inspectorPage.review().reviewModeProperty().get()));
        reviewMode.selectedProperty().bindBidirectional(inspectorPage.review().reviewModeProperty());
        MenuItem present = item("Present", Material2MZ.SLIDESHOW, new KeyCodeCombination(KeyCode.F5), () -> presenter.enter());
        present.setId("presentItem");
        MenuItem bookmark = item("Add to deck", Material2AL.BOOKMARK_BORDER,
                new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), () -> deck.bookmark());
        bookmark.setId("bookmarkItem");
        MenuItem deckItem = item("Deck…", null, new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::showDeck);
        Menu view = new Menu("View", null, dark, reviewMode, new SeparatorMenuItem(),
                item("Compare selected candidates", Material2MZ.SWAP_HORIZ,
                        new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), inspectorPage::compareSelected),
                item("Compare two scorers on this candidate", null, new KeyCodeCombination(KeyCode.D,
                        KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN), inspectorPage::compareScorers),
                item("Swap compared sides", null, new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), inspectorPage::swapCompared),
                new SeparatorMenuItem(), present, bookmark, deckItem);

        Menu navigate = new Menu("Navigate", null,
                item("Next problem", Material2AL.ARROW_DOWNWARD, new KeyCodeCombination(KeyCode.DOWN, KeyCombination.SHORTCUT_DOWN), () -> inspectorPage.moveProblem(1)),
                item("Previous problem", Material2AL.ARROW_UPWARD, new KeyCodeCombination(KeyCode.UP, KeyCombination.SHORTCUT_DOWN), () -> inspectorPage.moveProblem(-1)),
                item("Next candidate", null, new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> inspectorPage.moveCandidate(1)),
                item("Previous candidate", null, new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> inspectorPage.moveCandidate(-1)),
                item("Next compared row", null, new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> inspectorPage.moveCompareRow(1)),
                item("Previous compared row", null, new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> inspectorPage.moveCompareRow(-1)),
                item("Next incorrect step", Material2MZ.WARNING, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), inspectorPage::nextIncorrectStep),
                new SeparatorMenuItem(),
                item("Search problems", Material2MZ.SEARCH, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), inspectorPage::focusSearch));

        MenuItem score = item("Score with model…", Material2MZ.MEMORY, null, this::chooseModel);
        score.setId("scoreWithModel");
        score.disableProperty().bind(main.datasetProperty().isNull().or(scoring.runningProperty()));
        Menu tools = new Menu("Tools", null, score, new SeparatorMenuItem(),
                item("Review agreement…", null, new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), inspectorPage::showReviewAgreement),
                item("Import a review…", null, null, inspectorPage::importReview), new SeparatorMenuItem(),
                probeItem(), item("Compare with run…", Material2MZ.SWAP_HORIZ, null, inspectorPage::compareWithRun),
                compareScorersItem());

        MenuItem logs = item("Open log folder", Material2AL.FOLDER, null, this::openLogFolder);
        logs.setId("openLogFolder");
        MenuItem keys = item("Keyboard shortcuts", Material2AL.KEYBOARD, null, this::showShortcuts);
        keys.setId("shortcutsItem");
        Menu help = new Menu("Help", null, keys,
                logs, item("About StepLens", Material2AL.INFO, null, this::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, navigate, tools, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** The deck panel in a small window of its own beside the main one. */
    private void showDeck() {
        if (deckWindow == null) {
            deckWindow = new Stage();
            deckWindow.initOwner(stage);
            deckWindow.setTitle("Deck");
            Scene s = new Scene(new org.steplens.ui.present.DeckPanel(deck), 520, 420);
            s.getStylesheets().add(Theme.stylesheetUrl());
            deckWindow.setScene(s);
        }
        deckWindow.show();
        deckWindow.toFront();
    }

    private void openLogFolder() {
        java.nio.file.Path folder = org.steplens.logging.LogFolder.path();
        services.loadRunner().run("open log folder", t -> {
            LogFolderOpener.open(folder);
            return folder;
        }, f -> session.showStatus("Log folder: " + f), e -> session.showStatus("Could not open the log folder " + folder
                + " (" + e.getMessage() + "); open it yourself to find " + org.steplens.logging.LogFolder.FILE_NAME + "."));
    }

    /** Edit ▸ Undo / Redo, naming the command they would undo or redo. */
    private Menu editMenu() {
        CommandStack commands = session.commands();
        MenuItem undo = item("Undo", Material2MZ.UNDO, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                commands::undo);
        undo.setId("undo");
        undo.textProperty().bind(Bindings.when(commands.canUndoProperty())
                .then(Bindings.concat("Undo ", commands.undoDescriptionProperty())).otherwise("Undo"));
        undo.disableProperty().bind(commands.canUndoProperty().not());
        MenuItem redo = item("Redo", Material2MZ.REDO,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), commands::redo);
        redo.setId("redo");
        redo.textProperty().bind(Bindings.when(commands.canRedoProperty())
                .then(Bindings.concat("Redo ", commands.redoDescriptionProperty())).otherwise("Redo"));
        redo.disableProperty().bind(commands.canRedoProperty().not());
        // Ctrl+Y as well, as on Windows
        KeyCombination ctrlY = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
        shortcuts.put(ctrlY, commands::redo);
        textShortcuts.addAll(List.of(undo.getAccelerator(), redo.getAccelerator(), ctrlY));
        return new Menu("Edit", null, undo, redo);
    }

    private MenuItem item(String text, org.kordamp.ikonli.Ikon icon, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text, icon == null ? null : Icons.of(icon));
        if (key != null) {
            i.setAccelerator(key);
            shortcuts.put(key, action);
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    /**
     * Shortcuts run from an event filter so that a focused control (a table takes Ctrl+↓ for itself) cannot
     * swallow them; the menu shows the same keys.
     */
    private void installShortcuts() {
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl;
            for (var entry : shortcuts.entrySet()) {
                if (entry.getKey().match(e) && !(typing && textShortcuts.contains(entry.getKey()))) {
                    e.consume();
                    entry.getValue().run();
                    return;
                }
            }
        });
    }

    private ToolBar toolBar() {
        Button open = new Button("Open", Icons.of(Material2AL.FOLDER_OPEN));
        open.setId("openButton");
        open.setOnAction(e -> chooseFiles());
        open.setTooltip(new Tooltip("Open files (Ctrl+O), or drop them on the window"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToggleButton dark = new ToggleButton(null, Icons.of(Material2AL.BRIGHTNESS_4));
        dark.setId("themeToggle");
        dark.setTooltip(new Tooltip("Dark theme (Ctrl+Shift+D)"));
        dark.selectedProperty().addListener((o, a, b) -> theme.set(b ? Theme.DARK : Theme.LIGHT));
        theme.addListener((o, a, t) -> dark.setSelected(t == Theme.DARK));
        return new ToolBar(open, inspectorPage.controls(), gap, dark);
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        briefWithTooltip(status, main.statusProperty(), FILE_STATUS_CHARS, null);
        Hyperlink errors = new Hyperlink();
        errors.setId("loadErrors");
        errors.setGraphic(Icons.of(Material2MZ.REPORT_PROBLEM, 14));
        errors.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%,d load error%s",
                main.errors().size(), main.errors().size() == 1 ? "" : "s"), main.errors()));
        errors.visibleProperty().bind(Bindings.isNotEmpty(main.errors()));
        errors.managedProperty().bind(errors.visibleProperty());
        errors.setOnAction(e -> showLoadReport());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(main.progressProperty());
        progress.visibleProperty().bind(main.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button("Cancel", Icons.of(Material2MZ.STOP, 14));
        cancel.setId("cancelLoad");
        cancel.getStyleClass().add("small");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(main.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> main.cancel());
        Label busy = new Label("analysing…");
        busy.getStyleClass().add("text-muted");
        busy.visibleProperty().bind(reports.busyProperty());
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.textProperty().bind(reports.errorProperty());
        Label scoreStatus = new Label();
        scoreStatus.setId("scoreStatus");
        // a scoring message belongs to the file it was about: once another file is open it is stale and goes
        long[] scoredDocument = {session.documentId()};
        scoring.statusProperty().addListener((o, a, b) -> scoredDocument[0] = session.documentId());
        javafx.beans.binding.StringBinding currentScoring = Bindings.createStringBinding(
                () -> scoring.runningProperty().get() || session.documentId() == scoredDocument[0]
                        ? scoring.statusProperty().get() : "",
                scoring.statusProperty(), scoring.runningProperty(), session.documentIdProperty());
        briefWithTooltip(scoreStatus, currentScoring, SCORE_STATUS_CHARS, scoring.runningProperty());
        ProgressBar scoreProgress = new ProgressBar();
        scoreProgress.setId("scoreProgress");
        scoreProgress.setPrefWidth(160);
        scoreProgress.progressProperty().bind(scoring.progressProperty());
        scoreProgress.visibleProperty().bind(scoring.runningProperty());
        scoreProgress.managedProperty().bind(scoreProgress.visibleProperty());
        Button stopScoring = new Button("Stop", Icons.of(Material2MZ.STOP, 14));
        stopScoring.setId("stopScoring");
        stopScoring.setMinWidth(Region.USE_PREF_SIZE);
        stopScoring.setTooltip(new Tooltip("Stop scoring; the file's own scores stay"));
        stopScoring.getStyleClass().add("small");
        stopScoring.visibleProperty().bind(scoring.runningProperty());
        stopScoring.managedProperty().bind(stopScoring.visibleProperty());
        stopScoring.setOnAction(e -> scoring.cancel());
        HBox bar = new HBox(status, errors, error, gap, scoreStatus, scoreProgress, stopScoring, busy, progress, cancel);
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Longest file summary and scoring message the status bar shows; the full text is in the tooltip. */
    private static final int FILE_STATUS_CHARS = 90;
    private static final int SCORE_STATUS_CHARS = 60;

    /**
     * The label shows the gist of {@code text} (never squeezed to "1,00…" by its neighbours) and the whole of it in
     * a tooltip; {@code busy}, if given, makes it the one that gives way first when space runs out.
     */
    private static void briefWithTooltip(Label label, javafx.beans.value.ObservableStringValue text, int maxChars,
                                         javafx.beans.value.ObservableBooleanValue busy) {
        Tooltip full = new Tooltip();
        full.setWrapText(true);
        full.setMaxWidth(560);
        full.textProperty().bind(text);
        label.textProperty().bind(Bindings.createStringBinding(() -> StatusText.brief(text.get(), maxChars), text));
        label.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> StatusText.shortened(text.get(), maxChars) ? full : null, text));
        label.setMinWidth(busy == null ? Region.USE_PREF_SIZE : 0);
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                openFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open scored solutions");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Datasets (*.jsonl, *.json)", "*.jsonl", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (!main.openedFiles().isEmpty() && main.openedFiles().get(0).toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(main.openedFiles().get(0).toAbsolutePath().getParent().toFile());
        }
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            openFiles(files.stream().map(File::toPath).toList());
        }
    }

    /**
     * Opens files; while a model is scoring the open file, asks first whether to stop it or let it finish beside
     * (its scores then go to the score cache only, never into the newly opened file).
     */
    private void openFiles(List<Path> files) {
        if (!scoring.runningProperty().get()) {
            main.open(files);
            return;
        }
        ButtonType stop = new ButtonType("Stop scoring and open");
        ButtonType keep = new ButtonType("Keep scoring and open");
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "A model is scoring the open file. Its scores are kept in "
                + "the score cache either way; they are never added to the file you open now.", stop, keep, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Scoring in progress");
        ask.setHeaderText("Stop scoring before opening " + files.get(0).getFileName() + "?");
        ask.showAndWait().ifPresent(answer -> {
            if (answer == stop) {
                scoring.cancel();
            }
            if (answer == stop || answer == keep) {
                main.open(files);
            }
        });
    }

    private void chooseSaveAs() {
        List<Path> inputs = session.files();
        String stem = inputs.isEmpty() ? "dataset" : FileNames.stem(inputs.get(0)) + ".steplens";
        SaveDialog.choose(tabs, stem, "jsonl").ifPresent(main::saveAs);
    }

    /** Tools ▸ Probe the PRM…: perturbations over the open dataset, with the probe tab's model to start. */
    private MenuItem probeItem() {
        MenuItem probe = item("Probe the PRM…", null, null, () -> new org.steplens.ui.probe.ProbeDialog(stage, session,
                services.scoreRunner(), inspectorPage.probe().modelFolderProperty().get()).show());
        probe.setId("probePrm");
        probe.disableProperty().bind(main.datasetProperty().isNull());
        return probe;
    }

    /** Tools ▸ Compare scorers…: every step scorer of the open file side by side. */
    private MenuItem compareScorersItem() {
        MenuItem item = item("Compare scorers…", null, null, this::compareScorers);
        item.setId("compareScorers");
        item.disableProperty().bind(main.datasetProperty().isNull());
        return item;
    }

    /** Opens the scorer comparison window on the open file and starts comparing (also for tests). */
    public org.steplens.ui.compare.ScorerCompareWindow compareScorers() {
        var vm = new org.steplens.ui.compare.ScorerCompareViewModel(session, services.analysisRunner());
        // a problem opened from the table is shown at once under the pair's two scorers, side by side
        vm.setOnTwoScorers(focus -> inspectorPage.compareScorers(focus.scorerA(), focus.scorerB()));
        var window = new org.steplens.ui.compare.ScorerCompareWindow(stage, vm, Theme.stylesheetUrl());
        window.show();
        return window;
    }

    /** Opens {@code a} as the document and, once loaded, compares it with run {@code b} (File ▸ Open two runs…). */
    public void openTwoRuns(Path a, Path b) {
        TwoRuns.open(session, a, b, this::openFiles, runB -> inspectorPage.compareWithRun(runB).show());
    }

    private void chooseModel() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Choose a model folder (model.onnx, tokenizer.json, prm.json)");
        DefaultFiles.modelChooserStart(DefaultFiles.home(), services.preferences().get(LAST_MODEL, null))
                .ifPresent(start -> chooser.setInitialDirectory(start.toFile()));
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            services.preferences().put(LAST_MODEL, dir.getAbsolutePath());
            scoring.start(dir.toPath());
            inspectorPage.probe().modelFolderProperty().set(dir.toPath()); // probe with the model last scored with
        }
    }

    public org.steplens.ui.score.ModelScoringViewModel scoring() {
        return scoring;
    }

    private void showLoadReport() {
        if (loadReport != null && loadReport.isShowing()) {
            loadReport.toFront();
            return;
        }
        loadReport = LoadReportView.show(stage, main.errors(), main.reportHeadingProperty());
    }

    private void showShortcuts() {
        ShortcutsDialog.show(stage, menuBar);
    }

    /** The same lines as {@code steplens --version}: StepLens and its commit, ONNX Runtime and its build, Java. */
    private void showAbout() {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(stage);
        a.setTitle("About StepLens");
        a.setHeaderText("StepLens — inspect math solutions scored by process reward models");
        a.setContentText(String.join("\n", org.steplens.about.VersionReport.lines()));
        a.show();
    }

    private void dispose() {
        // once: test fixtures reuse one Stage, so its onHidden may fire again after this window was closed
        if (disposed) {
            return;
        }
        disposed = true;
        main.cancel();
        scoring.cancel();
        for (AppView v : views) {
            v.dispose();
        }
        services.shutdown();
    }

    /** Shows a problem in the inspector tab. */
    public void showProblem(org.steplens.model.Problem problem) {
        tabs.getSelectionModel().select(0);
        inspectorPage.showProblem(problem);
    }

    public void show() {
        stage.show();
    }

    public MainViewModel mainViewModel() {
        return main;
    }

    /** The window's shared state. */
    public Session session() {
        return session;
    }

    /** The selected problem's report. */
    public ReportModel reports() {
        return reports;
    }

    public InspectorPage inspectorPage() {
        return inspectorPage;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public org.steplens.ui.present.PresenterMode presenter() {
        return presenter;
    }

    public org.steplens.ui.present.DeckModel deck() {
        return deck;
    }

    public Scene scene() {
        return scene;
    }
}
