package org.steplens.ui.bestofn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.steplens.chart.FirstErrorFiguresTestAccess;
import org.steplens.model.Dataset;
import org.steplens.select.PrmAggregation;
import org.steplens.select.PrmAggregation.Reduction;
import org.steplens.ui.common.SynchronousTaskRunner;
import org.steplens.ui.session.Session;

/** The best-of-N tab and the first-error panel read and write the session's one analysis-settings value. */
class SharedSettingsTest {
    private final SynchronousTaskRunner sync = new SynchronousTaskRunner();
    private final Session session = new Session();

    @Test
    void theFirstErrorPanelFollowsAndSetsTheSessionsThreshold() throws Exception {
        FirstErrorViewModel panel = new FirstErrorViewModel(sync, session);
        Dataset scored = FirstErrorFiguresTestAccess.scoredProcessBench();
        panel.show(scored);
        session.changeSettings(session.settings().withThreshold(0.3)); // e.g. the inspector's slider
        assertEquals(0.3, panel.dataProperty().get().threshold());
        panel.useBestThreshold();
        double best = panel.dataProperty().get().best().threshold();
        assertEquals(best, session.settings().threshold(), "the panel's choice is the window's threshold");
        session.commands().undo();
        assertEquals(0.3, session.settings().threshold());
        assertEquals(0.3, panel.dataProperty().get().threshold(), "undo recomputes the panel too");
    }

    @Test
    void theDashboardsAggregationIsTheSessions() throws Exception {
        BestOfNViewModel dashboard = new BestOfNViewModel(sync, session);
        Dataset qwen = BestOfNViewModelTest.qwen();
        dashboard.show(qwen);
        DashboardSettings shown = dashboard.settingsProperty().get();
        assertEquals(session.settings().aggregation(), shown.aggregation());
        PrmAggregation min = new PrmAggregation(Reduction.MIN, PrmAggregation.NeutralPolicy.NEGATIVE);
        dashboard.edit(shown.withAggregation(min).withTrials(50));
        assertEquals(Reduction.MIN, session.settings().reduction());
        assertEquals(PrmAggregation.NeutralPolicy.NEGATIVE, session.settings().neutralPolicy());
        session.commands().undo();
        dashboard.useAnalysis(session.settings()); // what the tab does when the session's settings change
        assertEquals(PrmAggregation.DEFAULT, dashboard.settingsProperty().get().aggregation());
        assertEquals(50, dashboard.settingsProperty().get().trials(), "the dashboard's own settings stay");
    }
}
