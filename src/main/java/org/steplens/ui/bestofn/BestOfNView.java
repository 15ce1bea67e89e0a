package org.steplens.ui.bestofn;

import javafx.scene.Node;
import org.kordamp.ikonli.material2.Material2AL;
import org.steplens.ui.common.FxTaskRunner;
import org.steplens.ui.common.Icons;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.session.AnalysisSettings;
import org.steplens.ui.session.AppContext;
import org.steplens.ui.session.Session;
import org.steplens.ui.session.AppView;

/**
 * The dashboard as a tab of the main window: it follows the open dataset (computing once its tab is shown), and
 * "open in inspector" selects the problem in the inspector. Add it with {@code BestOfNView::new} as an extra {@code AppViewFactory}.
 */
public final class BestOfNView implements AppView {
    private final BestOfNDashboard dashboard;
    /** Its own thread: a run at the paper's scale takes seconds and must not hold up the inspector's analysis. */
    private final TaskRunner runner = new FxTaskRunner("best-of-n", 1);

    public BestOfNDashboard dashboard() {
        return dashboard;
    }

    public BestOfNView(AppContext context) {
        Session session = context.session();
        dashboard = new BestOfNDashboard(runner, session, session.problemProperty()::set);
        WhenVisible<org.steplens.model.Dataset> later = new WhenVisible<>(dashboard, dashboard::show);
        session.datasetProperty().addListener((o, old, now) -> {
            if (now != null) {
                later.offer(now);
            }
        });
        if (session.dataset() != null) {
            later.offer(session.dataset());
        }
        // settings changed elsewhere (the inspector's toolbar, undo) recompute once the tab is looked at
        WhenVisible<AnalysisSettings> settingsLater = new WhenVisible<>(dashboard, dashboard.viewModel()::useAnalysis);
        session.settingsProperty().addListener((o, old, now) -> settingsLater.offer(now));
    }

    @Override
    public String title() {
        return "Best-of-N";
    }

    @Override
    public Node icon() {
        return Icons.of(Material2AL.INSERT_CHART);
    }

    @Override
    public Node content() {
        return dashboard;
    }

    @Override
    public void dispose() {
        dashboard.viewModel().cancel();
        runner.shutdown();
    }
}
