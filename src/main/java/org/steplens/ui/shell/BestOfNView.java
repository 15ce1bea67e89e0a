package org.steplens.ui.shell;

import javafx.scene.Node;
import org.kordamp.ikonli.material2.Material2MZ;
import org.steplens.model.Dataset;
import org.steplens.ui.bestofn.BestOfNDashboard;
import org.steplens.ui.common.FxTaskRunner;
import org.steplens.ui.common.Icons;

/**
 * The best-of-N dashboard as a tab. Simulations are costly, so a dataset is handed over only when the tab is
 * looked at; double-clicking a problem there opens it in the inspector.
 */
final class BestOfNView implements AppView {
    private final AppContext context;
    private final FxTaskRunner runner;
    private final BestOfNDashboard dashboard;
    private Dataset shown;
    private boolean showing;

    BestOfNView(AppContext context) {
        this.context = context;
        this.runner = new FxTaskRunner("best-of-n", 1);
        this.dashboard = new BestOfNDashboard(runner, context.showProblem());
        dashboard.setId("bestOfN");
        context.main().datasetProperty().addListener((o, a, d) -> {
            if (showing) {
                onShown();
            }
        });
    }

    @Override
    public String title() {
        return "Best-of-N";
    }

    @Override
    public Node icon() {
        return Icons.of(Material2MZ.SHOW_CHART);
    }

    @Override
    public Node content() {
        return dashboard;
    }

    @Override
    public void onShown() {
        showing = true;
        Dataset d = context.main().datasetProperty().get();
        if (d != null && d != shown) {
            shown = d;
            dashboard.show(d);
        }
    }

    @Override
    public void onHidden() {
        showing = false;
    }

    @Override
    public void dispose() {
        dashboard.viewModel().cancel();
        runner.shutdown();
    }
}
