package org.steplens.ui.session;

import javafx.beans.property.ObjectProperty;
import org.steplens.ui.common.MathText;
import org.steplens.ui.common.TaskRunner;
import org.steplens.ui.common.Theme;

/**
 * What the shell hands every view: the window's session, the selected problem's report, background work, typeset
 * math and the theme. Views talk to each other only through the session.
 *
 * @param session    the window's shared state (dataset, selection, settings, undo, status)
 * @param reports    the selected problem's report under the session's settings
 * @param background a runner for a view's own background work
 * @param math       typeset math
 * @param theme      the current theme
 */
public record AppContext(Session session, ReportModel reports, TaskRunner background, MathText math,
                         ObjectProperty<Theme> theme) {

    /** The door to the core's selection and analysis. */
    public ProblemAnalyzer analyzer() {
        return reports.analyzer();
    }
}
